/**
 * What the catalog records of each document, read from its source text alone: the frontmatter through
 * its collection's schema, the paragraph count, the text a list shows, the summary's statements and
 * citations, and the entity mentions with their anchor and sentence (src/catalog/mentions.ts).
 */
import type { Lang } from '../routing/urls.ts';
import type { EntityEntry } from '../entities/entity-schema.ts';
import type { MentionRecord } from '../entities/link-text.ts';
import type { MentionMatcher } from '../entities/mentions.ts';
import type { MentionTallies } from '../entities/mention-index.ts';
import { firstParagraph } from '../page/page-text.ts';
import { articleParagraphs, type ArticleParagraph } from '../record/paragraphs.ts';
import type { ArticleFileData, EventFileData, SummaryFileData } from '../record/schemas.ts';
import { summaryStatements, type Statement } from '../record/statements.ts';
import { documentMentions, ledeLinks } from './mentions.ts';

/** A German article as list pages, feeds and entity pages show it. */
export interface CatalogArticle {
  /** The slug (file name without .mdx), as a collection entry's id. */
  id: string;
  /** Repository-relative path: "content/articles/<slug>.mdx". */
  file: string;
  data: ArticleFileData;
  /** How many numbered paragraphs it has (p-1 … p-n; the lede is p-1 when there is one). */
  paragraphs: number;
  /** The lede, else the first paragraph of the body: the text of its card and feed item. */
  intro: string;
  /** Its mentions in page order: the lede's ("lede-mention-…"), then the body's ("mention-…"). */
  mentions: MentionRecord[];
}

/** An English summary: its statements carry the citations of the German paragraphs. */
export interface CatalogSummary {
  id: string;
  file: string;
  data: SummaryFileData;
  /** Key points, then body paragraphs, each with the paragraph numbers it cites. */
  statements: Statement[];
  mentions: MentionRecord[];
}

/** One document of the archive: the German article and, once written, its English summary (same slug). */
export interface CatalogDocument {
  slug: string;
  article: CatalogArticle;
  summary?: CatalogSummary;
}

/** A timeline event: its file name (id) and its checked data. */
export interface CatalogEvent {
  id: string;
  data: EventFileData;
}

/** The whole catalog in memory: what every page showing more than one document renders from. */
export interface Catalog {
  /** Newest first (articles without a date last), as the home lists them. */
  documents: CatalogDocument[];
  /** Every entity file's id and data, by id. */
  entities: EntityEntry[];
  /** Every event, in file-name order. */
  events: CatalogEvent[];
  /**
   * Every entity's mentions and shared sentences over the whole archive: a shard that keeps only some documents'
   * mentions (src/catalog/shard-view.ts) still shows the archive's counts.
   */
  tallies: MentionTallies;
}

/** An article's catalog entry and its numbered paragraphs (which the checks read and the catalog does not keep). */
export function readArticle(
  file: string,
  data: ArticleFileData,
  body: string,
  matcher: MentionMatcher,
): { article: CatalogArticle; paragraphs: ArticleParagraph[] } {
  const paragraphs = articleParagraphs(data.lede, body);
  const lede = data.lede ? ledeLinks(data.lede, matcher).records : [];
  return {
    article: {
      id: slugOf(file),
      file,
      data,
      paragraphs: paragraphs.length,
      intro: data.lede ?? firstParagraph(body),
      mentions: [...lede, ...documentMentions(body, matcher)],
    },
    paragraphs,
  };
}

export function readSummary(file: string, data: SummaryFileData, body: string, matcher: MentionMatcher): CatalogSummary {
  return {
    id: slugOf(file),
    file,
    data,
    statements: summaryStatements(data.keyPoints, body),
    mentions: documentMentions(body, matcher),
  };
}

/** "content/articles/x.mdx" → "x". */
export function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(mdx|ya?ml)$/i, '');
}

/** What a home lists: every German article, or the English summaries written so far. */
export function listedOnHome(documents: CatalogDocument[], lang: Lang): CatalogDocument[] {
  return lang === 'de' ? documents : documents.filter((doc) => doc.summary);
}

/**
 * How many documents a language's feed carries, the newest: a feed program fetches it again and again for what is
 * new, and the home lists hold the rest (a feed of every article weighed 88 MB at 100,000 articles).
 */
export const FEED_ITEMS = 50;

/** What a language's feed carries: the newest of what its home lists. */
export function inFeed(documents: CatalogDocument[], lang: Lang): CatalogDocument[] {
  return listedOnHome(documents, lang).slice(0, FEED_ITEMS);
}
