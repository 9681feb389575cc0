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
  /** The key each field was read from ("datum" for the date), for the import report; every other key is left alone. */
  keys: Partial<Record<keyof typeof KEYS, string>>;
  /** The keys it holds that were not read (tags, categories, description, …), named in the report. */
  unused: string[];
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

/** A value as text: TOML dates keep their local form ("2025-02-10T09:30:00.000"), lists give their first entry (all, for authors). */
function asText(value: unknown, all = false): string | undefined {
  if (Array.isArray(value)) return all ? value.flatMap((item) => asText(item) ?? []).join(', ') || undefined : asText(value[0]);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

/** A line that starts a field: `key:` in YAML, `key =` in TOML. */
const FIELD_LINE = /^\s*([\p{L}\p{N}_.-]+|"[^"]*")\s*[:=]/u;

const KNOWN_KEYS = new Set<string>(Object.values(KEYS).flat());

/**
 * A fence followed by field lines, one of them a field the importer reads (title, date, …), and no closing fence: the
 * scraper cut it off, or the editor forgot it. A rule (---) followed by text is no front matter.
 */
function unclosedFence(lines: string[], fence: string): InputRefusal | undefined {
  const blank = lines.findIndex((line, index) => index > 0 && line.trim() === '');
  const lastField = blank < 0 ? lines.length : blank;
  const fields = lines.slice(1, lastField).map((line) => FIELD_LINE.exec(line)?.[1]);
  if (!fields.some((key) => key !== undefined && KNOWN_KEYS.has(key))) return undefined;
  return new InputRefusal(
    `the front matter opened on line 1 (${fence}) is never closed; add a line ${fence} after line ${lastField} (its last field), or remove line 1`,
  );
}

/** The parser's message for a front-matter error, as the file's line, its field and the fix. */
function frontMatterError(error: unknown, syntax: FrontMatter['syntax'], lines: string[], end: number): InputRefusal {
  const message = (error as Error).message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?$/, '');
  // Both parsers count lines from the first line after the opening fence.
  const relative = syntax === 'YAML' ? (error as { linePos?: { line: number }[] }).linePos?.[0]?.line : (error as { line?: number }).line;
  let line = relative === undefined ? undefined : Math.min(relative + 1, end);
  // An unclosed quote is found where the value ends; the field that opens it is above.
  if (line !== undefined && /closing "?quote|unterminated string/i.test(message))
    while (line > 1 && ((lines[line - 1]!.match(/"/g)?.length ?? 0) % 2 === 0 || !FIELD_LINE.test(lines[line - 1]!))) line -= 1;
  while (line !== undefined && line > 1 && !FIELD_LINE.test(lines[line - 1]!)) line -= 1;
  const field = line === undefined ? undefined : FIELD_LINE.exec(lines[line - 1]!)?.[1];
  const value = line === undefined ? '' : lines[line - 1]!.replace(FIELD_LINE, '').trim();
  let fix = `correct ${line === undefined ? 'it' : `line ${line}`} or remove the front matter`;
  if (field && syntax === 'YAML' && value.startsWith('"') && !value.slice(1).includes('"'))
    fix = `close the quote (${field}: ${value}") or remove the front matter`;
  else if (field && syntax === 'YAML' && /: | #/.test(value) && !/^["']/.test(value))
    fix = `write the value in double quotes: ${field}: "${value.replace(/["\\]/g, '\\$&')}"`;
  const where = line === undefined ? '' : ` at line ${line}${field ? `, field "${field}"` : ''}`;
  return new InputRefusal(`the front matter (lines 1–${end + 1}) is not valid ${syntax}${where}: ${message}; ${fix}`);
}

/** `text` has LF line ends and no byte-order mark. Undefined when the file does not open with a fence. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const fence = /^(---|\+\+\+)[ \t]*\n/.exec(text)?.[1] as keyof typeof FENCES | undefined;
  if (!fence) return undefined;
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === fence);
  if (end < 0) {
    const unclosed = unclosedFence(lines, fence);
    if (unclosed) throw unclosed;
    return undefined;
  }
  const syntax = FENCES[fence];
  const source = lines.slice(1, end).join('\n');
  let data: unknown;
  try {
    data = syntax === 'YAML' ? parseYaml(source) : parseToml(source);
  } catch (error) {
    throw frontMatterError(error, syntax, lines, end);
  }
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const result: FrontMatter = { syntax, lines: end + 1, keys: {}, unused: [] };
  for (const [field, names] of Object.entries(KEYS) as [keyof typeof KEYS, readonly string[]][]) {
    const key = names.find((name) => asText(fields[name]) !== undefined);
    if (key === undefined) continue;
    result[field] = asText(fields[key], field === 'author')!;
    result.keys[field] = key;
  }
  result.unused = Object.keys(fields).filter((key) => !Object.values(result.keys).includes(key));
  return result;
}

/** The text with the front matter's lines emptied, so every later line keeps its number. */
export function blankFrontMatter(text: string, frontMatter: FrontMatter | undefined): string {
  if (!frontMatter) return text;
  const lines = text.split('\n');
  return [...lines.slice(0, frontMatter.lines).map(() => ''), ...lines.slice(frontMatter.lines)].join('\n');
}
