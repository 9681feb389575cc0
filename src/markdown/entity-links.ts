/**
 * Sätteri hast plugin: links entity mentions in articles and summaries and records each mention
 * (anchor and sentence) in the page's frontmatter as `mentions`, which entity pages read back
 * through `render(entry).remarkPluginFrontmatter`. Runs inside Astro's own Markdown processor,
 * so the text is parsed once and no HTML is re-parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { pathFor, type Lang } from '../i18n/routes.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { LinkState, type Segment } from '../lib/link-text.ts';
import { createMentionMatcher, type EntityForms, type MentionMatcher } from '../lib/mentions.ts';

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

/** Name and aliases per language from content/entities/*.yaml; the schema itself is checked by the entities collection. */
export function readEntityForms(dir: string): Record<Lang, EntityForms[]> {
  const forms: Record<Lang, EntityForms[]> = { de: [], en: [] };
  const names = readdirSync(dir).filter((file) => /\.ya?ml$/i.test(file)).sort();
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.replace(/\.ya?ml$/i, '').toLowerCase();
    const clash = seen.get(key);
    if (clash) throw new Error(`content/entities/${clash} and content/entities/${name} give the same entity id "${key}"; merge them into one file`);
    seen.set(key, name);
  }
  for (const name of names) {
    const file = join('content', 'entities', name);
    const id = name.replace(/\.ya?ml$/i, '');
    if (!name.endsWith('.yaml') || !SLUG_PATTERN.test(id)) {
      throw new Error(`${file}: the file name is the entity id; name it in lowercase letters, digits and hyphens with .yaml, e.g. sam-altman.yaml`);
    }
    let data: { name?: Partial<Record<Lang, string>>; aliases?: Partial<Record<Lang, string[]>> };
    try {
      data = parse(readFileSync(join(dir, name), 'utf8')) ?? {};
    } catch (error) {
      throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
    }
    for (const lang of ['de', 'en'] as const) {
      const list = [data.name?.[lang], ...(data.aliases?.[lang] ?? [])].filter((form): form is string => typeof form === 'string' && form.trim() !== '');
      forms[lang].push({ id, file, forms: list });
    }
  }
  return forms;
}

function nameOf(node: HastLike): string {
  return node.tagName ?? node.name ?? '';
}

function toHast(segment: Segment, lang: Lang): object {
  if (typeof segment === 'string') return { type: 'text', value: segment };
  const children = [{ type: 'text', value: segment.text }];
  return segment.link
    ? { type: 'element', tagName: 'a', properties: { href: pathFor(lang, { kind: 'entity', id: segment.entityId }), id: segment.anchor, className: ['entity-link'] }, children }
    : { type: 'element', tagName: 'span', properties: { id: segment.anchor, className: ['mention'] }, children };
}

export function entityLinks(entitiesDir: string): HastPluginEntry {
  const forms = readEntityForms(entitiesDir);
  const matchers: Record<Lang, MentionMatcher> = { de: createMentionMatcher(forms.de), en: createMentionMatcher(forms.en) };
  return ({ fileURL }) => {
    const folder = fileURL ? /[\\/]content[\\/](\w+)[\\/][^\\/]+$/.exec(fileURLToPath(fileURL))?.[1] : undefined;
    const lang = folder ? FOLDER_LANG[folder] : undefined;
    if (!lang) return null;
    const state = new LinkState();
    return {
      name: 'entity-links',
      text(node, ctx) {
        const ancestors: HastLike[] = [];
        for (let parent = ctx.parent(node) as HastLike | undefined; parent && parent.type !== 'root'; parent = ctx.parent(parent as never) as HastLike | undefined) {
          ancestors.push(parent);
        }
        if (ancestors.some((ancestor) => HEADING.test(nameOf(ancestor)))) return state.startSection();
        if (ancestors.some((ancestor) => NO_LINKS.has(nameOf(ancestor)))) return;
        const block = ancestors.find((ancestor) => BLOCKS.has(nameOf(ancestor)));
        const context = block ? ctx.textContent(block as never) : node.value;
        const segments = state.segment(node.value, matchers[lang], context, Math.max(0, context.indexOf(node.value)));
        if (segments.length > 1 || typeof segments[0] !== 'string') ctx.replaceNode(node, segments.map((segment) => toHast(segment, lang)) as never);
      },
      after(_root, ctx) {
        (ctx.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter['mentions'] = state.records;
      },
    };
  };
}
