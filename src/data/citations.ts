/**
 * Summary statements and the article paragraphs they cite, from the catalog (the catalog pass has
 * checked every citation), and the paragraphs of an article this build renders.
 */
import { citedBy, type Statement } from '../record/statements.ts';
import { articleParagraphs, type ArticleParagraph } from '../record/paragraphs.ts';
import type { Article } from './documents.ts';
import { getCatalog } from './catalog.ts';

export interface CitationData {
  /** Key points and body paragraphs of each summary, by slug. */
  statements: Map<string, Statement[]>;
  /** Per article slug: paragraph number → the statements that cite it. */
  citedBy: Map<string, Map<number, Statement[]>>;
}

async function load(): Promise<CitationData> {
  const data: CitationData = { statements: new Map(), citedBy: new Map() };
  for (const { slug, summary } of (await getCatalog()).documents) {
    if (!summary) continue;
    data.statements.set(slug, summary.statements);
    data.citedBy.set(slug, citedBy(summary.statements));
  }
  return data;
}

let cached: Promise<CitationData> | undefined;

export function getCitations(): Promise<CitationData> {
  cached ??= load();
  return cached;
}

/** The numbered paragraphs of an article, from its entry: shown beside the summary statements that cite them. */
export function paragraphsOf(article: Article): ArticleParagraph[] {
  return articleParagraphs(article.data.lede, article.body ?? '');
}
