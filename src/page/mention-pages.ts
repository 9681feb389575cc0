/**
 * The "mentioned in" list of an entity page: each document (an article and its summary) once, with its
 * mentions in each language. Each language's page shows the sentences in its own language and links to the
 * other's: every sentence is on the site once, and both languages page the same documents alike.
 */
import type { MentionRecord } from '../entities/link-text.ts';
import type { Lang } from '../routing/urls.ts';
import { pageCount, pageSlice } from './pagination.ts';

/** Documents listed per page of an entity's "mentioned in" list. */
export const MENTIONING_DOCUMENTS_PER_PAGE = 200;

/** One language's mentions of the entity in one document. */
export interface LanguageMentions<Page> {
  page: Page;
  records: MentionRecord[];
}

/** A document that mentions the entity, with its mentions per language (absent where that text names none). */
export interface DocumentMentions<Page> {
  slug: string;
  byLang: Partial<Record<Lang, LanguageMentions<Page>>>;
}

/** The pages that mention an entity grouped by document, in the order each document first appears. */
export function mentionsByDocument<Page extends { lang: Lang; slug: string }>(
  mentioning: LanguageMentions<Page>[],
): DocumentMentions<Page>[] {
  const documents = new Map<string, DocumentMentions<Page>>();
  for (const mention of mentioning) {
    const { slug, lang } = mention.page;
    let document = documents.get(slug);
    if (!document) documents.set(slug, (document = { slug, byLang: {} }));
    if (document.byLang[lang]) throw new Error(`entities: the ${lang} text of "${slug}" is listed twice among an entity's mentions`);
    document.byLang[lang] = mention;
  }
  return [...documents.values()];
}

/** The pages of an entity's "mentioned in" list: at least one, empty when nothing mentions it. */
export function mentionPages<Page>(documents: DocumentMentions<Page>[]): DocumentMentions<Page>[][] {
  const pages = pageCount(documents.length, MENTIONING_DOCUMENTS_PER_PAGE);
  return Array.from({ length: pages }, (_, index) => pageSlice(documents, index + 1, MENTIONING_DOCUMENTS_PER_PAGE));
}
