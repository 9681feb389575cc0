/** Turns a raw article's bytes and the editor's overrides into the MDX file and a report of what was recognised. */
import { articleToMdx, type ArticleFrontmatter, type OmittedLines } from './article-mdx.ts';
import { PUBLICATION_DATE_PATTERN } from './dates.ts';
import {
  AGENCY_DATELINE,
  breaksOff,
  endingKind,
  isContactLine,
  isNoSentence,
  pageOfPages,
  publisherFromEnding,
  TEASER_LINE,
} from './import/endings.ts';
import { furnitureReason } from './import/furniture.ts';
import { refuseNonArticle } from './import/not-articles.ts';
import {
  articleBlocks,
  droppedElements,
  pageMetadata,
  readerMode,
  unknownElements,
  type HtmlBlock,
  type PageMetadata,
} from './import/html.ts';
import { inlineLinks, isAllEmphasis, isPlainEnough, sentenceText } from './import/inline.ts';
import { closingBylineDate, datelineDate, readDateOrWhyNot, type DateReading } from './import/dates.ts';
import type { SourceFormat } from './import/formats.ts';
import { asRawText, detectFormat, readSource, type SourceReading, type TextUnit } from './import/source.ts';
import { bylineNames, hasVisibleText, parseRawArticle, readPublisherDate, type ArticleBlock } from './raw-article.ts';
import { isSourceUrl } from './schemas.ts';
import { slugify, SLUG_PATTERN } from './slug.ts';
import { decodeArticleText, InputRefusal } from './text-decoding.ts';
import { foldWhitespace } from './verbatim.ts';

export interface ImportOverrides {
  slug?: string;
  title?: string;
  publisher?: string;
  date?: string;
  /** An editorial lede; the source's own lede stays in the body. */
  lede?: string;
  /** Language code of the original when the German text is a translation, e.g. "zh" (the article schema checks it). */
  translatedFrom?: string;
  format?: SourceFormat;
  /** --complete (false) or --truncated (true): the editor's word on whether the text breaks off. */
  truncated?: boolean;
  /** Keep consent banners, newsletter promotions and image credits in the article. */
  keepFurniture?: boolean;
}

export interface PreparedImport {
  slug: string;
  mdx: string;
  notes: string[];
  frontmatter: ArticleFrontmatter;
  blocks: ArticleBlock[];
}

const EDITORIAL_TITLE_LENGTH = 90;

/** Up to the first sentence end, cut at a word boundary when long, without an agency's dateline; soft wraps become spaces. */
function titleFromText(text: string): string {
  const flat = foldWhitespace(text).replace(AGENCY_DATELINE, '');
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  if (sentence.length <= EDITORIAL_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, EDITORIAL_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EDITORIAL_TITLE_LENGTH)} …`;
}

/** What a format's reader recognised before the common guesses (furniture, ending, date). */
interface Draft {
  title?: string;
  /** The block the title was taken from, put back in the body when --title replaces it. */
  titleBlock?: ArticleBlock;
  lede?: string;
  publisher?: string;
  published?: { value: string; reason: string; timeZone?: string };
  /** The author's name and where the source states it. */
  author?: { value: string; from: string };
  sourceUrl?: string;
  noise: string[];
  /** Kickers (Dachzeilen) above the headline, left out with the reason "kicker". */
  kickers?: string[];
  /** A byline-and-date line of a Markdown or HTML source, left out of the body because the frontmatter holds it. */
  byline?: string;
  blocks: ArticleBlock[];
  /** Blocks whose element the source marks as page furniture as a whole (an image caption, an ad), with the reason and lines. */
  marked?: Map<ArticleBlock, { reason: string; lines?: [number, number] }>;
  notes: string[];
}

/** A date read from a whole value, as the draft holds it: what the reading assumed goes into the reason, for the report. */
function publishedFrom(date: DateReading, reason: string): NonNullable<Draft['published']> {
  return {
    value: date.published,
    reason: date.assumed ? `${reason}; ${date.assumed}; give --date if it is another` : reason,
    ...(date.timeZone ? { timeZone: date.timeZone } : {}),
  };
}

function fromText(reading: SourceReading): Draft {
  const parsed = parseRawArticle(asRawText(reading.body));
  return {
    ...(parsed.title !== undefined ? { title: parsed.title, titleBlock: { kind: 'heading', text: parsed.title } } : {}),
    ...(parsed.lede !== undefined ? { lede: parsed.lede } : {}),
    ...(parsed.publisher !== undefined ? { publisher: parsed.publisher } : {}),
    ...(parsed.author !== undefined
      ? { author: { value: parsed.author, from: parsed.byline ? `the byline "${parsed.byline}"` : 'the byline before the date' } }
      : {}),
    ...(parsed.byline !== undefined ? { byline: parsed.byline } : {}),
    ...(parsed.published !== undefined ? { published: { value: parsed.published, reason: 'the publisher-and-date line' } } : {}),
    noise: parsed.noise,
    blocks: parsed.blocks,
    notes: parsed.notes,
  };
}

const isLinkLine = (block: HtmlBlock): boolean =>
  block.kind === 'paragraph' && block.inline.length === 1 && typeof block.inline[0] !== 'string' && block.inline[0]!.tag === 'a';

/** The kind a heading of the source takes: teaser labels, contact and ending lines are never headings; a code block, a list item, a quote and a table cell stay what they are. */
function blockKind(block: HtmlBlock): ArticleBlock['kind'] {
  if (block.kind === 'preformatted' || block.kind === 'item' || block.kind === 'quote' || block.kind === 'cell') return block.kind;
  if (TEASER_LINE.test(block.text.trim())) return 'teaser';
  if (block.kind === 'paragraph' || endingKind(block.text) || isContactLine(block.text)) return 'paragraph';
  return block.kind;
}

/** A block of the article from one the reader read: a code block is its text alone, which the page shows as it stands (no links, no emphasis). */
function articleBlock(block: HtmlBlock): ArticleBlock {
  const kind = blockKind(block);
  if (kind === 'preformatted') return { kind, text: block.text };
  return {
    kind,
    text: block.text,
    inline: block.inline,
    ...(block.item ? { item: block.item } : {}),
    ...(block.cell ? { cell: block.cell } : {}),
  };
}

/** Whether a block of reader mode's article is the source unit `unit`: the same text on overlapping lines. */
const isUnitOf = (block: HtmlBlock, unit: TextUnit): boolean =>
  foldWhitespace(unit.text) === foldWhitespace(block.text) &&
  (!block.lines || !unit.lines || (block.lines[0] <= unit.lines[1] && unit.lines[0] <= block.lines[1]));

/**
 * Where the page's headline stands among its text units: the first <h1> or <h2> that shows the title its metadata
 * names, else the page's only <h1>; -1 when neither is found.
 */
function headlineIndex(units: readonly TextUnit[], named: string | undefined): number {
  const shown =
    named === undefined
      ? -1
      : units.findIndex((unit) => (unit.level === 1 || unit.level === 2) && foldWhitespace(unit.text) === foldWhitespace(named));
  if (shown >= 0) return shown;
  const h1s = units.flatMap((unit, index) => (unit.level === 1 ? [index] : []));
  return h1s.length === 1 ? h1s[0]! : -1;
}

/**
 * The kicker (Dachzeile): what reader mode shows of the page above its headline, byline, date and furniture aside.
 * It is source text the frontmatter has no field for, so it is left out with the reason "kicker"; the lede is the paragraph under the headline.
 */
function takeKickers(read: HtmlBlock[], units: readonly TextUnit[], headline: number): string[] {
  if (headline < 0) return [];
  const kickers: string[] = [];
  for (let index = 0; index < read.length; index++) {
    const block = read[index]!;
    const unit = units.findIndex((candidate) => isUnitOf(block, candidate));
    if (unit < 0 || unit >= headline) break;
    const text = foldWhitespace(block.text);
    if (block.kind !== 'paragraph' || block.furniture || furnitureReason(text) || readPublisherDate(text)) continue;
    kickers.push(text);
    read.splice(index--, 1);
  }
  return kickers;
}

/** The title reader mode names when the page's metadata names none, and where it comes from. */
function readerTitle(title: string, documentTitle: string | undefined): { value: string; from: string } {
  if (title === documentTitle) return { value: title, from: "the page's <title>" };
  if (documentTitle?.includes(title))
    return { value: title, from: `the page's <title> "${documentTitle}" without the site name, as reader mode reads it` };
  return { value: title, from: "the page's title as reader mode reads it" };
}

function fromMarkup(reading: SourceReading): Draft {
  const notes: string[] = [];
  const meta: PageMetadata = reading.wholePage ? pageMetadata(reading.tree!) : { problems: [] };
  notes.push(...meta.problems);
  let html = reading.html!;
  const reader = reading.wholePage ? readerMode(reading.tree!) : undefined;
  if (reader) {
    html = reader.html;
    notes.push('whole page: the article taken as reader mode shows it (Readability); navigation, teasers and footer left out');
  } else if (reading.wholePage) notes.push('whole page: reader mode found no article; the whole page is read');
  const sourceUrl = meta.sourceUrl;
  const { blocks: read } = articleBlocks(html, sourceUrl);
  const kickers = reading.wholePage
    ? takeKickers(read, reading.units, headlineIndex(reading.units, meta.title?.value ?? reader?.title))
    : [];
  for (const kicker of kickers)
    notes.push(`kicker: "${kicker}" (above the headline; the frontmatter has no field for it, so it is left out)`);
  // The title: the page's metadata, the article's leading <h1> or [Title](url) line, the page's only <h1>, its <title>.
  let title = meta.title && { value: meta.title.value, from: `the page's ${meta.title.from}` };
  let titleBlock: ArticleBlock | undefined;
  let linkUrl: string | undefined;
  const first = read[0];
  if (first && (first.level === 1 || isLinkLine(first))) {
    const text = foldWhitespace(first.text);
    if (isLinkLine(first)) linkUrl = (first.inline[0] as { href: string }).href;
    title ??= { value: text, from: first.level === 1 ? "the page's <h1>" : 'the leading [Title](url) line' };
    if (text === foldWhitespace(title.value)) {
      read.shift();
      titleBlock = { kind: first.level === 1 ? 'heading' : 'paragraph', text: first.text, inline: first.inline };
    }
  }
  const h1s = reading.wholePage ? reading.units.filter((unit) => unit.level === 1) : [];
  if (!title && h1s.length === 1) title = { value: foldWhitespace(h1s[0]!.text), from: "the page's <h1>" };
  if (!title && reader?.title) title = readerTitle(reader.title, meta.documentTitle);
  if (title) notes.push(`title: "${title.value}" (${title.from})`);
  const blocks = read.map(articleBlock);
  const marked = new Map(
    read.flatMap((block, index) =>
      block.furniture ? [[blocks[index]!, { reason: block.furniture, ...(block.lines ? { lines: block.lines } : {}) }] as const] : [],
    ),
  );
  for (const block of read.filter((candidate) => candidate.kind === 'preformatted')) {
    const links = inlineLinks(block.inline);
    if (links.length)
      notes.push(
        `code block (line ${block.lines?.[0] ?? '?'}): its text is kept, its links are not (${links.join(', ')}); the page shows code as it stands`,
      );
  }
  const draft: Draft = { noise: [], blocks, notes, kickers, marked };
  // A byline near the top ("Von Max Mustermann · 14.05.2025, 07:45 Uhr") goes to the frontmatter; so does one reader mode took out of the article.
  const bylineIndex = blocks.slice(0, 3).findIndex((block) => block.kind === 'paragraph' && readPublisherDate(foldWhitespace(block.text)));
  const takenOut = reader?.byline && reading.units.some((unit) => foldWhitespace(unit.text) === foldWhitespace(reader.byline!));
  const byline =
    bylineIndex >= 0 ? foldWhitespace(blocks.splice(bylineIndex, 1)[0]!.text) : takenOut ? foldWhitespace(reader.byline!) : undefined;
  if (byline !== undefined) {
    const dated = readPublisherDate(byline);
    if (dated) draft.published = { value: dated.published, reason: `the byline "${byline}"` };
    const names = dated ? (dated.author ?? dated.publisher) : bylineNames(byline);
    if (names) draft.author = { value: names, from: `the byline "${byline}"${bylineIndex >= 0 ? '' : ', as reader mode reads it'}` };
    draft.byline = byline;
  }
  if (title !== undefined) draft.title = title.value;
  if (titleBlock) draft.titleBlock = titleBlock;
  const url = sourceUrl ?? (linkUrl && isSourceUrl(linkUrl) ? linkUrl : undefined);
  if (url) draft.sourceUrl = url;
  if (meta.publisher) {
    draft.publisher = meta.publisher.value;
    notes.push(`publisher: ${meta.publisher.value} (the page's ${meta.publisher.from})`);
  }
  if (meta.author) draft.author = { value: meta.author.value, from: `the page's ${meta.author.from}` };
  const date = meta.published ? readDateOrWhyNot(meta.published.value) : undefined;
  if (date && 'whyNot' in date) notes.push(`date: the page's ${meta.published!.from} "${meta.published!.value}" ${date.whyNot}; not read`);
  else if (date) draft.published = publishedFrom(date, `the page's ${meta.published!.from} (${meta.published!.value})`);
  // A lede: the paragraph right after a title, when plain text keeps what it says (no link, no raised or lowered text).
  // Furniture under the headline ("3 Min. Lesezeit") stands before the lede, not in its place.
  const ledeIndex = blocks.findIndex((block) => !marked.has(block) && !furnitureReason(block.text));
  const lede = blocks[ledeIndex];
  if (title !== undefined && lede?.kind === 'paragraph' && ledeIndex < blocks.length - 1 && isPlainEnough(lede.inline ?? [])) {
    // A label or kicker under the headline ("Pflegeversicherung") is no lede: a lede is a sentence.
    if (!endingKind(lede.text) && !isNoSentence(lede.text)) {
      draft.lede = foldWhitespace(lede.text);
      blocks.splice(ledeIndex, 1);
      notes.push('lede: the paragraph after the title');
    }
  }
  return draft;
}

/** The lines a unit spans, as the frontmatter writes them. */
const lineRange = ([first, last]: [number, number]): string => (first === last ? String(first) : `${first}-${last}`);

/** Adjacent or overlapping ranges with the same reason become one. */
function mergeOmitted(entries: { lines: [number, number]; reason: string }[]): OmittedLines[] {
  const sorted = [...entries].sort((a, b) => a.lines[0] - b.lines[0] || a.reason.localeCompare(b.reason) || a.lines[1] - b.lines[1]);
  const merged: { lines: [number, number]; reason: string }[] = [];
  for (const entry of sorted) {
    const last = merged.findLast((candidate) => candidate.reason === entry.reason);
    if (last && last.reason === entry.reason && entry.lines[0] <= last.lines[1] + 1)
      last.lines = [last.lines[0], Math.max(last.lines[1], entry.lines[1])];
    else merged.push({ lines: [...entry.lines], reason: entry.reason });
  }
  return merged.map((entry) => ({ lines: lineRange(entry.lines), reason: entry.reason }));
}

export function prepareImport(bytes: Uint8Array, sourceName: string, overrides: ImportOverrides = {}): PreparedImport {
  if (overrides.date !== undefined && !PUBLICATION_DATE_PATTERN.test(overrides.date)) {
    throw new InputRefusal(`--date "${overrides.date}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  }
  if (overrides.slug !== undefined && !SLUG_PATTERN.test(overrides.slug)) {
    throw new InputRefusal(`--slug "${overrides.slug}" must be lowercase ASCII words joined by hyphens, e.g. microsoft-openai-deal`);
  }
  const raw = decodeArticleText(bytes);
  const probe = readSource(raw, 'text');
  refuseNonArticle(probe.body);
  const detected = overrides.format ? { format: overrides.format, reason: 'given with --format' } : detectFormat(sourceName, probe.body);
  const reading = detected.format === 'text' ? probe : readSource(raw, detected.format);
  const frontMatter = reading.frontMatter;
  const draft = detected.format === 'text' ? fromText(reading) : fromMarkup(reading);
  const notes = [`format: ${detected.format} (${detected.reason})`];
  if (frontMatter)
    notes.push(
      `front matter (${frontMatter.syntax}, lines 1–${frontMatter.lines}): read ${Object.values(frontMatter.keys).join(', ') || 'no known field'}${frontMatter.unused.length ? `; not used: ${frontMatter.unused.join(', ')}` : ''}; left out of the article`,
    );
  notes.push(...draft.notes);

  // Page furniture: left out (and recorded) unless the editor keeps it.
  const removed = new Map<string, string>();
  draft.blocks = draft.blocks.filter((block) => {
    const marked = draft.marked?.get(block);
    const reason = marked?.reason ?? furnitureReason(block.text);
    if (!reason) return true;
    const where = marked?.lines ? ` on line ${lineRange(marked.lines)}` : '';
    notes.push(
      `page furniture (${reason})${where}: "${foldWhitespace(block.text).slice(0, 60)}"${overrides.keepFurniture ? ' kept (--keep-furniture)' : ' left out'}`,
    );
    if (overrides.keepFurniture) return true;
    removed.set(foldWhitespace(block.text), reason);
    return false;
  });

  let title = frontMatter?.title ?? draft.title;
  if (frontMatter?.title) notes.push(`title: "${frontMatter.title}" (front matter)`);
  let titleIsEditorial = false;
  const blocks = [...draft.blocks];
  let lede = draft.lede;
  let ledeIsEditorial = false;
  if (overrides.lede !== undefined) {
    if (lede !== undefined) blocks.unshift({ kind: 'paragraph', text: lede });
    lede = overrides.lede;
    ledeIsEditorial = true;
    notes.push('lede: given with --lede (editorial); the source keeps its first paragraph in the body');
  }
  if (overrides.title !== undefined) {
    // The source's own title line stays in the article: an override never removes source text.
    if (draft.titleBlock) blocks.unshift(draft.titleBlock);
    title = overrides.title;
    titleIsEditorial = true;
  }
  const firstText = [lede, ...blocks.map((block) => block.text)].find((text) => text !== undefined && hasVisibleText(text));
  if (firstText === undefined)
    throw new InputRefusal(
      removed.size > 0
        ? `every block after the title is page furniture (${[...new Set(removed.values())].join(', ')}), so no article text is left; pass --keep-furniture if some of it is article text`
        : 'no article text found after the title and date lines',
    );
  if (title === undefined) {
    title = titleFromText(firstText);
    titleIsEditorial = true;
    notes.push(`title: made from the first sentence and marked editorial: "${title}"; give a better one with --title`);
  }

  // The date: the editor's, the front matter's, the page's metadata, a date line, a dateline, a closing byline.
  let published = draft.published;
  const fromFrontMatter = frontMatter?.date ? readDateOrWhyNot(frontMatter.date) : undefined;
  if (fromFrontMatter && 'whyNot' in fromFrontMatter) {
    const problem = `the front matter's field ${frontMatter!.keys.date} "${frontMatter!.date}" ${fromFrontMatter.whyNot}`;
    // The source states a date wrongly: no date found elsewhere in it stands in for it unasked.
    if (overrides.date === undefined)
      throw new InputRefusal(`${problem}; correct it in the front matter, or give the date with --date YYYY-MM-DD`);
    notes.push(`date: ${problem}; not read, --date given`);
  } else if (fromFrontMatter) published = publishedFrom(fromFrontMatter, `front matter, ${fromFrontMatter.form} "${frontMatter!.date}"`);
  const texts = blocks.map((block) => foldWhitespace(block.text));
  if (!published) {
    const dateline = [lede ?? '', ...texts.slice(0, 2)].map((text) => datelineDate(text)).find(Boolean);
    if (dateline) published = { value: dateline, reason: 'the dateline at the start of the text' };
  }
  if (!published) {
    const byline = texts
      .slice(-3)
      .map((text) => closingBylineDate(text))
      .find(Boolean);
    if (byline) published = { value: byline, reason: 'the closing byline' };
  }
  const date = overrides.date ?? published?.value;
  if (overrides.date !== undefined) notes.push(`date: ${overrides.date} (given with --date)`);
  else if (published) notes.push(`date: ${published.value} (from ${published.reason})`);
  else notes.push('date: none found; the article is listed without a date until you add --date');
  // A date the source does not state is the editors' and is marked so; the zone goes with the source's own time only.
  const dateIsEditorial = date !== undefined && date !== published?.value;
  const timeZone = dateIsEditorial ? undefined : published?.timeZone;
  if (timeZone) notes.push(`time zone: ${timeZone} (stated with the date)`);

  const ending =
    overrides.truncated !== undefined
      ? {
          truncated: overrides.truncated,
          reason: `${overrides.truncated ? 'cut off' : 'complete'} (given with ${overrides.truncated ? '--truncated' : '--complete'})`,
        }
      : breaksOff([
          // The source's lede is its last paragraph when only endings follow it.
          ...(lede !== undefined && !ledeIsEditorial ? [{ kind: 'paragraph', text: lede }] : []),
          // A footnote marker after the last sentence ends nothing.
          ...blocks.map((block) => ({
            ...block,
            text: block.inline ? sentenceText(block.inline) : block.text,
            emphasised: isAllEmphasis(block.inline ?? []),
          })),
        ]);
  // A page of a multi-page article: the pages after it are missing, whatever its last sentence says.
  const pager = pageOfPages(reading.units);
  const pagerAt = pager?.line ? ` (the pager on line ${pager.line})` : '';
  if (overrides.truncated === undefined && pager && pager.page < pager.pages)
    Object.assign(ending, {
      truncated: true,
      reason: `cut off: page ${pager.page} of ${pager.pages}${pagerAt}; the text of the pages after it is not in this file; pass --complete if it is`,
    });
  notes.push(`ending: ${ending.reason}`);
  if (pager && pager.page > 1)
    notes.push(`pages: this file is page ${pager.page} of ${pager.pages}${pagerAt}; pages 1–${pager.page - 1} are not in it`);

  let publisher = overrides.publisher ?? frontMatter?.publisher ?? draft.publisher;
  if (publisher === undefined) {
    const named = [...texts.slice(-3).reverse(), ...texts.slice(0, 1), ...(lede ? [lede] : [])]
      .map((text) => ({ text, name: publisherFromEnding(text) }))
      .find((candidate) => candidate.name);
    if (named) {
      publisher = named.name!;
      notes.push(`publisher: ${publisher} (from "${named.text.slice(0, 60)}")`);
    }
  }
  const author = frontMatter?.author ?? draft.author?.value;
  const sourceUrl = frontMatter?.sourceUrl && isSourceUrl(frontMatter.sourceUrl) ? frontMatter.sourceUrl : draft.sourceUrl;
  if (author) notes.push(`author: ${author} (${frontMatter?.author ? 'front matter' : draft.author!.from})`);
  if (sourceUrl) notes.push(`original: ${sourceUrl}`);
  const links = blocks.flatMap((block) => inlineLinks(block.inline ?? []));
  if (links.length) notes.push(`links: ${links.length} (${[...new Set(links)].slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''})`);

  const omitted = omittedLines(
    reading,
    {
      title: titleIsEditorial ? undefined : title,
      lede,
      blocks,
      noise: draft.noise,
      byline: draft.byline,
      kickers: draft.kickers ?? [],
      author,
    },
    removed,
    notes,
  );
  const frontmatter: ArticleFrontmatter = {
    title,
    ...(titleIsEditorial ? { titleIsEditorial: true } : {}),
    ...(lede !== undefined ? { lede } : {}),
    ...(ledeIsEditorial ? { ledeIsEditorial: true } : {}),
    publisher: publisher ?? 'unknown',
    ...(author !== undefined ? { author } : {}),
    ...(date !== undefined ? { published: date } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(dateIsEditorial ? { dateIsEditorial: true } : {}),
    ...(overrides.translatedFrom !== undefined ? { translatedFrom: overrides.translatedFrom } : {}),
    ...(detected.format !== 'text' ? { format: detected.format } : {}),
    source: sourceName,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(draft.noise.length ? { sourceNoise: draft.noise } : {}),
    ...(omitted.length ? { omitted } : {}),
    ...(ending.truncated ? { truncated: true } : {}),
  };
  const slug = overrides.slug ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) throw new InputRefusal(`no slug could be made from the title "${title}"; give one with --slug`);
  return { slug, mdx: articleToMdx(frontmatter, blocks), notes, frontmatter, blocks };
}

interface Shown {
  title: string | undefined;
  lede: string | undefined;
  blocks: ArticleBlock[];
  noise: string[];
  byline: string | undefined;
  kickers: string[];
  author: string | undefined;
}

/** Every line of the source the article does not show, with the reason; each is listed in the notes. */
function omittedLines(reading: SourceReading, shown: Shown, removed: Map<string, string>, notes: string[]): OmittedLines[] {
  const texts = new Set(
    [shown.title, shown.lede, ...shown.noise, ...shown.blocks.map((block) => block.text)].flatMap((text) =>
      text === undefined ? [] : [foldWhitespace(text)],
    ),
  );
  const entries: { lines: [number, number]; reason: string }[] = [];
  if (reading.frontMatter) entries.push({ lines: [1, reading.frontMatter.lines], reason: `front matter (${reading.frontMatter.syntax})` });
  if (reading.tree && reading.format === 'markdown')
    for (const { tag, lines } of unknownElements(reading.tree))
      notes.push(
        `warning: "<${tag}>" (${lines ? `line ${lineRange(lines)}` : 'a line not known'}) is read as an HTML tag, and a browser shows nothing of it; if it is text, import the file with --format text`,
      );
  for (const element of reading.tree ? droppedElements(reading.tree, reading.format === 'markdown') : []) {
    const where = element.lines ? `line ${lineRange(element.lines)}` : 'a line not known';
    // An event handler goes with its attribute; the element's text stays.
    if (element.tag.includes(' ')) notes.push(`dropped: the ${element.tag.replace(' ', ' attribute ')} (${where})`);
    else if (element.lines)
      entries.push({
        lines: element.lines,
        reason: element.src !== undefined ? `image ${element.src} (not embedded)` : `${element.tag} (dropped by the sanitiser)`,
      });
  }
  for (const unit of reading.units) {
    const text = foldWhitespace(unit.text);
    if (texts.has(text)) continue;
    // A plain text's publisher-and-date line: its text is in the frontmatter, its line recorded.
    const reason =
      reading.format === 'text' && readPublisherDate(unit.text)
        ? 'publisher and date line (in the frontmatter)'
        : unitReason(unit, text, reading, removed, shown);
    if (unit.lines) entries.push({ lines: unit.lines, reason });
  }
  const omitted = mergeOmitted(entries);
  for (const entry of omitted) notes.push(`left out: line ${entry.lines}: ${entry.reason}`);
  return omitted;
}

function unitReason(unit: TextUnit, text: string, reading: SourceReading, removed: Map<string, string>, shown: Shown): string {
  // A byline: the one the importer read, or a line outside the article that opens with the author's name.
  const isByline = text === shown.byline || (reading.wholePage && shown.author !== undefined && bylineNames(text).startsWith(shown.author));
  if (isByline) return readPublisherDate(text) ? 'byline and date (in the frontmatter)' : 'byline (in the frontmatter)';
  if (shown.kickers.includes(text)) return 'kicker';
  if (unit.dropped) return `${unit.dropped} (dropped by the sanitiser)`;
  // The unit's own element says why first: the same text elsewhere (a credit alone, say) may be left out for another reason.
  const furniture = unit.furniture ?? furnitureReason(text) ?? removed.get(text);
  if (furniture) return furniture;
  if (reading.wholePage) return 'outside the article (reader mode)';
  return 'not recognised as article text';
}

/** What of an article's frontmatter is the source's own text (unknown values are ignored: the content check reports them). */
export interface RecordedHead {
  title?: unknown;
  titleIsEditorial?: unknown;
  lede?: unknown;
  ledeIsEditorial?: unknown;
}

/**
 * The text that decides whether a source was imported before: the source's own title and lede (not the editors')
 * and every block's text, whitespace folded. Two short notes with one paragraph each differ by their titles.
 */
export function normalisedArticleText(head: RecordedHead, blocks: readonly ArticleBlock[]): string {
  const own = (value: unknown, editorial: unknown) => (typeof value === 'string' && editorial !== true ? [value] : []);
  const texts = [...own(head.title, head.titleIsEditorial), ...own(head.lede, head.ledeIsEditorial), ...blocks.map((block) => block.text)];
  return foldWhitespace(texts.join('\n'));
}
