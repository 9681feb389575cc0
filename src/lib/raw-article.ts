/** Recognises the structure of a raw, scraped German article text without changing a character of it. */

export type BlockKind = 'paragraph' | 'heading' | 'subheading' | 'teaser';

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
}

export interface ParsedArticle {
  /** Page furniture such as the breadcrumb "StartseiteArtikel". */
  noise: string[];
  title?: string;
  lede?: string;
  publisher?: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  published?: string;
  blocks: ArticleBlock[];
  /** The text breaks off mid-sentence. */
  truncated: boolean;
  /** What was recognised and what was left undecided, for the editor. */
  notes: string[];
}

const MAX_TITLE_LENGTH = 200;
const MAX_HEADING_LENGTH = 80;
/** Short lines that link elsewhere on the source site: "Weiterlesen: …", "Was ist ChatGPT?". */
const TEASER = /^(?:(?:Weiterlesen|Lesen Sie auch|Mehr zum Thema|Auch interessant|Siehe auch)\s*:|Was ist \S+\?$)/u;
const BREADCRUMB_WORDS = /^(?:\p{Lu}\p{Ll}+){2,}$/u;
const BREADCRUMB_SEPARATED = /^[^.!?]{1,60}(?:\s*[›»>|/]\s*[^.!?]{1,40})+$/u;
const PUBLISHER_DATE = /^(.{0,60}?)\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/u;
const GERMAN_PUBLISHER_DATE = /^(.{0,60}?)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s*(\d{2}):(\d{2})(?:\s*Uhr)?)?$/u;
const SENTENCE_END = /[.!?…。！？]["'“”„»«’)\]」』]*$/u;
const CLOSING_PUNCTUATION = /[.!?:;,…"“”»)。！？：；，」』]$/u;

/** Only ASCII blanks count as padding: a no-break space is content. */
export function trimBlanks(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** CRLF and CR become LF and a leading byte-order mark goes: both are encoding, not text. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The non-blank lines of a raw text, trimmed of ASCII blanks: the units the verbatim check compares. */
export function sourceLines(text: string): string[] {
  return normaliseNewlines(text).split('\n').map(trimBlanks).filter((line) => line.length > 0);
}

function pad(value: string): string {
  return value.padStart(2, '0');
}

/** A "publisher + date" line such as "新智元2025-11-03 08:20". */
export function readPublisherDate(line: string): { publisher?: string; published: string } | undefined {
  const iso = PUBLISHER_DATE.exec(line);
  const german = iso ? undefined : GERMAN_PUBLISHER_DATE.exec(line);
  if (!iso && !german) return undefined;
  const [name, year, month, day, hours, minutes] = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : [german![1], german![4], german![3], german![2], german![5], german![6]];
  const date = `${year}-${pad(month!)}-${pad(day!)}`;
  const published = hours && minutes ? `${date}T${hours}:${minutes}` : date;
  const publisher = trimBlanks(name ?? '').replace(/[\s|·•,–-]+$/u, '');
  return publisher ? { publisher, published } : { published };
}

function isBreadcrumb(line: string): boolean {
  return BREADCRUMB_WORDS.test(line) || BREADCRUMB_SEPARATED.test(line);
}

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH || CLOSING_PUNCTUATION.test(line)) return false;
  return /^[\p{Lu}\p{N}„"]/u.test(line);
}

function isQuestionLine(line: string): boolean {
  return line.length <= 60 && line.endsWith('?') && !/[.!]/u.test(line.slice(0, -1));
}

export function parseRawArticle(raw: string): ParsedArticle {
  const lines = sourceLines(raw);
  const notes: string[] = [];
  const noise: string[] = [];
  let index = 0;

  while (index < lines.length && isBreadcrumb(lines[index]!)) {
    notes.push(`breadcrumb: "${lines[index]}" (kept in frontmatter as sourceNoise)`);
    noise.push(lines[index++]!);
  }

  const result: ParsedArticle = { noise, blocks: [], truncated: false, notes };
  const first = lines[index];
  const second = lines[index + 1];
  const metaAfterFirst = second === undefined ? undefined : readPublisherDate(second);
  const metaFirst = first === undefined ? undefined : readPublisherDate(first);

  if (metaFirst) {
    Object.assign(result, metaFirst);
    index += 1;
    // A short line right after the date line, with text after it, is the title.
    if (second !== undefined && lines[index + 1] !== undefined && second.length <= MAX_TITLE_LENGTH) {
      result.title = second;
      index += 1;
      notes.push(`title: "${second}"`);
    }
  } else if (first !== undefined && (metaAfterFirst || first.length <= MAX_TITLE_LENGTH)) {
    result.title = first;
    index += 1;
    notes.push(`title: "${first}"`);
    if (metaAfterFirst) {
      Object.assign(result, metaAfterFirst);
      index += 1;
    }
  } else {
    notes.push('title: none recognised (the first line reads as body text); give one with --title');
  }
  if (result.published) {
    notes.push(`publisher: ${result.publisher ?? 'not named on the date line'}; published: ${result.published}`);
  } else {
    notes.push('publisher and date: no publisher-and-timestamp line found; give them with --publisher and --date');
  }
  if (result.title && lines[index] !== undefined && !looksLikeHeading(lines[index]!)) {
    result.lede = lines[index++]!;
    notes.push('lede: the paragraph after the title');
  }

  const body = lines.slice(index);
  body.forEach((line, position) => {
    const previous = result.blocks.at(-1);
    const isLast = position === body.length - 1;
    if (TEASER.test(line)) {
      result.blocks.push({ kind: 'teaser', text: line });
    } else if (isQuestionLine(line) && !isLast) {
      result.blocks.push({ kind: 'heading', text: line });
      notes.push(`"${line}": a question line, made a sub-heading; make it a teaser by hand if it links elsewhere`);
    } else if (looksLikeHeading(line) && !isLast && position > 0) {
      const stacked = previous?.kind === 'heading';
      result.blocks.push({ kind: stacked ? 'subheading' : 'heading', text: line });
    } else {
      result.blocks.push({ kind: 'paragraph', text: line });
    }
  });

  const last = result.blocks.at(-1);
  if (last && !SENTENCE_END.test(last.text)) {
    result.truncated = true;
    notes.push('ending: the text breaks off mid-sentence (truncated: true)');
  }
  const counts = new Map<BlockKind, number>();
  for (const block of result.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  notes.push(`blocks: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none'}`);
  return result;
}
