/**
 * Article paragraphs and the summary statements that cite them, computed once per build. A citation
 * of a paragraph the article lacks, or a statement that cites nothing, fails the build naming the
 * file and the statement.
 */
import { citationProblems, citedBy, summaryStatements, type Statement } from '../record/statements.ts';
import { articleParagraphs, type ArticleParagraph } from '../record/paragraphs.ts';
import { getDocuments } from './documents.ts';

export interface CitationData {
  /** Numbered blocks of each article, by slug. */
  paragraphs: Map<string, ArticleParagraph[]>;
  /** Key points and body paragraphs of each summary, by slug. */
  statements: Map<string, Statement[]>;
  /** Per article slug: paragraph number → the statements that cite it. */
  citedBy: Map<string, Map<number, Statement[]>>;
}

async function load(): Promise<CitationData> {
  const data: CitationData = { paragraphs: new Map(), statements: new Map(), citedBy: new Map() };
  const problems: string[] = [];
  for (const { slug, article, summary } of await getDocuments()) {
    const paragraphs = articleParagraphs(article.data.lede, article.body ?? '');
    data.paragraphs.set(slug, paragraphs);
    if (!summary) continue;
    const statements = summaryStatements(summary.data.keyPoints, summary.body ?? '');
    problems.push(...citationProblems(statements, paragraphs.length).map((problem) => `content/summaries/${summary.id}.mdx: ${problem}`));
    data.statements.set(slug, statements);
    data.citedBy.set(slug, citedBy(statements));
  }
  if (problems.length) throw new Error(`Summaries must cite their articles completely:\n${problems.join('\n')}`);
  return data;
}

let cached: Promise<CitationData> | undefined;

export function getCitations(): Promise<CitationData> {
  cached ??= load();
  return cached;
}
