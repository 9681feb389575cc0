/**
 * The archive's documents: from the catalog for every list (newest first), and the collection entries of
 * the documents this build renders pages for (its content loader may hold only some of them).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CatalogDocument } from '../catalog/documents.ts';
import { getCatalog } from './catalog.ts';

export type Article = CollectionEntry<'articles'>;
export type Summary = CollectionEntry<'summaries'>;

/** A document whose pages this build renders: its entries, with their bodies. */
export interface DocumentPair {
  slug: string;
  article: Article;
  summary?: Summary;
}

/** Every document of the archive, newest first: what lists show. */
export async function getDocuments(): Promise<CatalogDocument[]> {
  return (await getCatalog()).documents;
}

let pairs: Promise<Map<string, DocumentPair>> | undefined;

async function loadPairs(): Promise<Map<string, DocumentPair>> {
  const [articles, summaries] = await Promise.all([getCollection('articles'), getCollection('summaries')]);
  const summaryBySlug = new Map(summaries.map((summary) => [summary.data.article.id, summary]));
  return new Map(
    articles.map((article) => {
      const summary = summaryBySlug.get(article.id);
      return [article.id, summary ? { slug: article.id, article, summary } : { slug: article.id, article }];
    }),
  );
}

/** The entries of the documents the content loader holds, by slug. */
export function getDocumentPairs(): Promise<Map<string, DocumentPair>> {
  pairs ??= loadPairs();
  return pairs;
}
