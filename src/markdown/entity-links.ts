/**
 * Sätteri hast plugin: links entity mentions in articles and summaries and records each mention
 * (anchor and sentence) for the entity pages, which read them back with `recordedMentions` (entities/link-text.ts). Runs
 * inside Astro's own Markdown processor, so the text is parsed once and no HTML is re-parsed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Lang } from '../routing/urls.ts';
import { mentionMatcher, readEntityFolder } from '../entities/entity-files.ts';
import type { EntityEntry } from '../entities/entity-schema.ts';
import { LinkState, recordMentions, segmentsToHast } from '../entities/link-text.ts';
import type { MentionMatcher } from '../entities/mentions.ts';
import { throwProblems } from '../record/problems.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
}

/** Which language a content folder's documents are written in. */
const FOLDER_LANG: Record<string, Lang> = { articles: 'de', summaries: 'en' };
const HEADING = /^h[1-6]$/;
/** Mentions are never linked inside these: headings start sections, links and code keep their text. */
const NO_LINKS = new Set(['a', 'code', 'pre', 'script', 'style', 'kbd', 'samp']);
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'figcaption']);
/** Every entity file, read and checked as the content check reads them; a problem stops the build. */
function readEntities(contentDir: string): EntityEntry[] {
  if (!existsSync(join(contentDir, 'entities')))
    throw new Error(`${join(contentDir, 'entities')} is missing: entity links need the folder of entity files (it may be empty)`);
  const { entities, problems } = readEntityFolder(contentDir);
  throwProblems(problems);
  return entities;
}

function nameOf(node: HastLike): string {
  return node.tagName ?? node.name ?? '';
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
        if (ancestors.some((ancestor) => HEADING.test(nameOf(ancestor)))) return state.startSection();
        if (ancestors.some((ancestor) => NO_LINKS.has(nameOf(ancestor)))) return;
        const block = ancestors.find((ancestor) => BLOCKS.has(nameOf(ancestor)));
        const context = block ? ctx.textContent(block as never) : node.value;
        const segments = state.segment(node.value, matchers[lang], context, Math.max(0, context.indexOf(node.value)));
        if (segments.length > 1 || typeof segments[0] !== 'string') ctx.replaceNode(node, segmentsToHast(segments, lang) as never);
      },
      after(_root, ctx) {
        recordMentions((ctx.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter, state.records);
      },
    };
  };
}
