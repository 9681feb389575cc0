/** Turns a raw article's bytes and the editor's overrides into the MDX file and a report of what was recognised. */
import { articleToMdx, type ArticleFrontmatter } from './article-mdx.ts';
import { PUBLICATION_DATE_PATTERN } from './dates.ts';
import { hasVisibleText, parseRawArticle } from './raw-article.ts';
import { slugify, SLUG_PATTERN } from './slug.ts';
import { decodeArticleText, InputRefusal } from './text-decoding.ts';
import { foldWhitespace } from './verbatim.ts';

export interface ImportOverrides {
  slug?: string;
  title?: string;
  publisher?: string;
  date?: string;
  /** Language code of the original when the German text is a translation, e.g. "zh" (the article schema checks it). */
  translatedFrom?: string;
}

export interface PreparedImport {
  slug: string;
  mdx: string;
  notes: string[];
}

const EDITORIAL_TITLE_LENGTH = 90;

/** Up to the first sentence end, cut at a word boundary when long; soft wraps become spaces. */
function titleFromText(text: string): string {
  const flat = foldWhitespace(text);
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  if (sentence.length <= EDITORIAL_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, EDITORIAL_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EDITORIAL_TITLE_LENGTH)} …`;
}

export function prepareImport(bytes: Uint8Array, sourceName: string, overrides: ImportOverrides = {}): PreparedImport {
  if (overrides.date !== undefined && !PUBLICATION_DATE_PATTERN.test(overrides.date)) {
    throw new InputRefusal(`--date "${overrides.date}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  }
  if (overrides.slug !== undefined && !SLUG_PATTERN.test(overrides.slug)) {
    throw new InputRefusal(`--slug "${overrides.slug}" must be lowercase ASCII words joined by hyphens, e.g. microsoft-openai-deal`);
  }
  const parsed = parseRawArticle(decodeArticleText(bytes));
  const notes = [...parsed.notes];
  const firstText = [parsed.lede, ...parsed.blocks.map((block) => block.text)].find((text) => text !== undefined && hasVisibleText(text));
  if (firstText === undefined) throw new InputRefusal('no article text found after the title and date lines');

  let title = overrides.title ?? parsed.title;
  const titleIsEditorial = overrides.title !== undefined || parsed.title === undefined;
  if (title === undefined) {
    title = titleFromText(firstText);
    notes.push(`title: made from the first sentence and marked editorial: "${title}"; give a better one with --title`);
  }
  const published = overrides.date ?? parsed.published;
  if (published === undefined) notes.push('date: none; the article is listed without a date until you add --date');
  // A date the source does not state is the editors' and is marked so.
  const dateIsEditorial = published !== undefined && published !== parsed.published;
  const frontmatter: ArticleFrontmatter = {
    title,
    ...(titleIsEditorial ? { titleIsEditorial: true } : {}),
    ...(parsed.lede !== undefined ? { lede: parsed.lede } : {}),
    publisher: overrides.publisher ?? parsed.publisher ?? 'unknown',
    ...(published !== undefined ? { published } : {}),
    ...(dateIsEditorial ? { dateIsEditorial: true } : {}),
    ...(overrides.translatedFrom !== undefined ? { translatedFrom: overrides.translatedFrom } : {}),
    source: sourceName,
    ...(parsed.noise.length ? { sourceNoise: parsed.noise } : {}),
    ...(parsed.truncated ? { truncated: true } : {}),
  };
  const slug = overrides.slug ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) throw new InputRefusal(`no slug could be made from the title "${title}"; give one with --slug`);
  return { slug, mdx: articleToMdx(frontmatter, parsed.blocks), notes };
}
