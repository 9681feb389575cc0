/** Articles paired with their summaries: route data computed once per build and shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from '../record/dates.ts';
import type { Lang } from '../routing/urls.ts';
import { join } from 'node:path';
import { checkContent } from '../checks/content-check.ts';
import { readContentFiles } from '../record/content-files.ts';
import { throwProblems } from '../record/problems.ts';

export type Article = CollectionEntry<'articles'>;
export type Summary = CollectionEntry<'summaries'>;

export interface DocumentPair {
  slug: string;
  article: Article;
  summary?: Summary;
}

/** Articles (or summaries) listed per home page. */
export const DOCUMENTS_PER_PAGE = 50;

let cached: Promise<DocumentPair[]> | undefined;

async function loadDocuments(): Promise<DocumentPair[]> {
  // Every problem `npm run check` finds stops the build, the verbatim check included: a broken article never deploys.
  throwProblems(checkContent(readContentFiles(join(process.cwd(), 'content'))));
  const [articles, summaries] = await Promise.all([getCollection('articles'), getCollection('summaries')]);
  const summaryBySlug = new Map(summaries.map((summary) => [summary.data.article.id, summary]));
  return articles
    .map((article) => {
      const summary = summaryBySlug.get(article.id);
      return summary ? { slug: article.id, article, summary } : { slug: article.id, article };
    })
    .sort((a, b) => compareNewestFirst(a.article.data.published ?? '', b.article.data.published ?? ''));
}

export function getDocuments(): Promise<DocumentPair[]> {
  cached ??= loadDocuments();
  return cached;
}

/** What a home lists: every German article, or the English summaries written so far. */
export function listedOnHome(documents: DocumentPair[], lang: Lang): DocumentPair[] {
  return lang === 'de' ? documents : documents.filter((doc) => doc.summary);
}
