/**
 * Sätteri hast plugin: links entity mentions in articles and summaries. Which text is a mention, its
 * anchor and its sentence come from `linkTextNode` (src/catalog/mentions.ts), the function the catalog
 * finds every document's mentions with: the entity pages list exactly the anchors this plugin writes. Runs
 * inside Astro's own Markdown processor, so the text is parsed once and no HTML is re-parsed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Lang } from '../routing/urls.ts';
import { mentionMatcher, readEntityFolder } from '../entities/entity-files.ts';
import type { EntityEntry } from '../entities/entity-schema.ts';
import { LinkState, segmentsToHast } from '../entities/link-text.ts';
import type { MentionMatcher } from '../entities/mentions.ts';
import { throwProblems } from '../record/problems.ts';
import { linkTextNode } from '../catalog/mentions.ts';
import type { HastLike } from '../catalog/parse.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Which language a content folder's documents are written in. */
const FOLDER_LANG: Record<string, Lang> = { articles: 'de', summaries: 'en' };
/** Every entity file, read and checked as the content check reads them; a problem stops the build. */
function readEntities(contentDir: string): EntityEntry[] {
  if (!existsSync(join(contentDir, 'entities')))
    throw new Error(`${join(contentDir, 'entities')} is missing: entity links need the folder of entity files (it may be empty)`);
  const { entities, problems } = readEntityFolder(contentDir);
  throwProblems(problems);
  return entities;
}

/** `contentDir` is the folder holding entities/, articles/ and summaries/. */
export function entityLinks(contentDir: string): HastPluginEntry {
  const entities = readEntities(contentDir);
  const matchers: Record<Lang, MentionMatcher> = {
    de: mentionMatcher(entities, 'de'),
    en: mentionMatcher(entities, 'en'),
  };
  return ({ fileURL }) => {
    const folder = fileURL ? /[\\/]content[\\/](\w+)[\\/][^\\/]+$/.exec(fileURLToPath(fileURL))?.[1] : undefined;
    const lang = folder ? FOLDER_LANG[folder] : undefined;
    if (!lang) return null;
    const state = new LinkState();
    return {
      name: 'entity-links',
      text(node, ctx) {
        const ancestors: HastLike[] = [];
        for (
          let parent = ctx.parent(node) as HastLike | undefined;
          parent && parent.type !== 'root';
          parent = ctx.parent(parent as never) as HastLike | undefined
        ) {
          ancestors.push(parent);
        }
        const segments = linkTextNode(state, matchers[lang], node.value, ancestors, (block) => ctx.textContent(block as never));
        if (segments && (segments.length > 1 || typeof segments[0] !== 'string'))
          ctx.replaceNode(node, segmentsToHast(segments, lang) as never);
      },
    };
  };
}
