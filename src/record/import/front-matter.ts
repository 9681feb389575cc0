/** Reads the front matter of a scraped file (YAML between ---, TOML between +++): its title, date, author, publisher and source URL, and the lines it spans. */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { InputRefusal } from '../text-decoding.ts';

export interface FrontMatter {
  syntax: 'YAML' | 'TOML';
  /** The number of lines it spans, both fences included: lines 1 to `lines` of the file. */
  lines: number;
  title?: string;
  date?: string;
  author?: string;
  publisher?: string;
  sourceUrl?: string;
  /** Keys that were read, for the import report; every other key is left alone. */
  used: string[];
}

/** Field names as sites write them, first match wins. */
const KEYS = {
  title: ['title', 'titel', 'headline', 'ueberschrift', 'überschrift'],
  date: ['date', 'datum', 'published', 'publishDate', 'pubDate', 'published_at', 'veroeffentlicht', 'veröffentlicht'],
  author: ['author', 'autor', 'autorin', 'authors', 'by'],
  publisher: ['publisher', 'herausgeber', 'verlag', 'medium', 'site_name'],
  sourceUrl: ['source_url', 'sourceUrl', 'source-url', 'original_url', 'canonical_url', 'canonical', 'url', 'link', 'permalink'],
} as const;

const FENCES = { '---': 'YAML', '+++': 'TOML' } as const;

/** A value as text: TOML dates keep their local form ("2025-02-10T09:30:00.000"), lists give their first entry. */
function asText(value: unknown): string | undefined {
  if (Array.isArray(value)) return asText(value[0]);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

/** `text` has LF line ends and no byte-order mark. Undefined when the file does not open with a fence. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const fence = /^(---|\+\+\+)[ \t]*\n/.exec(text)?.[1] as keyof typeof FENCES | undefined;
  if (!fence) return undefined;
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === fence);
  if (end < 0) return undefined;
  const syntax = FENCES[fence];
  const source = lines.slice(1, end).join('\n');
  let data: unknown;
  try {
    data = syntax === 'YAML' ? parseYaml(source) : parseToml(source);
  } catch (error) {
    throw new InputRefusal(
      `the front matter (lines 1–${end + 1}) is not valid ${syntax}: ${(error as Error).message.split('\n')[0]}; correct it or remove it`,
    );
  }
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const result: FrontMatter = { syntax, lines: end + 1, used: [] };
  for (const [field, names] of Object.entries(KEYS) as [keyof typeof KEYS, readonly string[]][]) {
    const key = names.find((name) => asText(fields[name]) !== undefined);
    if (key === undefined) continue;
    result[field] = asText(fields[key])!;
    result.used.push(key);
  }
  return result;
}

/** The text with the front matter's lines emptied, so every later line keeps its number. */
export function blankFrontMatter(text: string, frontMatter: FrontMatter | undefined): string {
  if (!frontMatter) return text;
  const lines = text.split('\n');
  return [...lines.slice(0, frontMatter.lines).map(() => ''), ...lines.slice(frontMatter.lines)].join('\n');
}
