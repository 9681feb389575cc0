/**
 * The statements of a summary and the article paragraphs each one cites: key points (kp-1, kp-2, …)
 * from the frontmatter, body paragraphs (s-1, s-2, …) from the MDX body, each ending in
 * `<Cite p={[12, 14]} />`. One rule for the build, `npm run check`, the render-time plugin and the tests.
 */
import { keyPointId, paragraphId, summaryParagraphId } from '../routing/anchors.ts';
import { foldWhitespace } from './verbatim.ts';

export interface KeyPoint {
  text: string;
  cites: number[];
}

export interface Statement {
  /** Anchor on the summary page: "kp-2" or "s-3". */
  id: string;
  kind: 'keyPoint' | 'paragraph';
  /** 1-based within its kind. */
  number: number;
  /** The English text without its citations. */
  text: string;
  /** Paragraph numbers of the German article, in the order given. */
  cites: number[];
  /** Problems with how the citations are written (a malformed `<Cite>`). */
  malformed: string[];
}

/** `<Cite p={[12, 14]} />` exactly; anything else that starts like a Cite is reported. */
const CITE = /<Cite\s+p=\{\s*\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]\s*\}\s*\/>/g;
const ANY_CITE = /<Cite\b[^>]*>/g;
const HEADING = /^#{1,6}\s/;

/** A summary body's blocks: runs of non-blank lines, as Markdown separates them. */
function bodyBlocks(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** "key point 2" or "body paragraph 3": how messages name a statement. */
export function statementLabel(statement: Pick<Statement, 'kind' | 'number'>): string {
  return `${statement.kind === 'keyPoint' ? 'key point' : 'body paragraph'} ${statement.number}`;
}

/** The body without its `<Cite …/>` tags: the text a reader sees, for word counts. */
export function stripCites(body: string): string {
  return body.replace(ANY_CITE, '');
}

function bodyStatement(block: string, number: number): Statement {
  const cites: number[] = [];
  for (const match of block.matchAll(CITE)) cites.push(...match[1]!.split(',').map((value) => Number(value.trim())));
  const malformed = [...block.replace(CITE, '').matchAll(ANY_CITE)].map(
    ([tag]) => `write the citation as <Cite p={[12, 14]} /> (paragraph numbers of the German article), not ${tag}`,
  );
  return { id: summaryParagraphId(number), kind: 'paragraph', number, text: foldWhitespace(stripCites(block)), cites, malformed };
}

/** Every statement of a summary: its key points, then every body paragraph (headings are not statements). */
export function summaryStatements(keyPoints: readonly KeyPoint[], body: string): Statement[] {
  const points = keyPoints.map((point, index): Statement => ({
    id: keyPointId(index + 1),
    kind: 'keyPoint',
    number: index + 1,
    text: point.text,
    cites: [...point.cites],
    malformed: [],
  }));
  const paragraphs = bodyBlocks(body).filter((block) => !HEADING.test(block));
  return [...points, ...paragraphs.map((block, index) => bodyStatement(block, index + 1))];
}

/** The cited numbers that name no paragraph of an article with `paragraphCount` paragraphs. */
export function unknownParagraphs(cites: readonly number[], paragraphCount: number): number[] {
  return cites.filter((number) => !Number.isInteger(number) || number < 1 || number > paragraphCount);
}

/** "paragraphs p-1 to p-58", for messages. */
export function paragraphRange(paragraphCount: number): string {
  return paragraphCount === 0 ? 'no paragraphs' : `paragraphs ${paragraphId(1)} to ${paragraphId(paragraphCount)}`;
}

/**
 * What is wrong with a summary's citations, one message per problem: a statement that cites nothing,
 * a paragraph the article does not have, a malformed `<Cite>`. Empty when it is cited completely.
 */
export function citationProblems(statements: readonly Statement[], paragraphCount: number): string[] {
  const problems: string[] = [];
  for (const statement of statements) {
    const label = statementLabel(statement);
    for (const message of statement.malformed) problems.push(`${label}: ${message}`);
    if (statement.cites.length === 0) {
      problems.push(
        statement.kind === 'keyPoint'
          ? `${label} cites no paragraph; give the German paragraphs it rests on as cites: [12, 14]`
          : `${label} cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on`,
      );
    }
    for (const number of unknownParagraphs(statement.cites, paragraphCount)) {
      problems.push(`${label} cites paragraph ${number}, but the article has ${paragraphRange(paragraphCount)}; cite one of those`);
    }
  }
  return problems;
}

/** For each paragraph number of the article, the statements that cite it, in summary order. */
export function citedBy(statements: readonly Statement[]): Map<number, Statement[]> {
  const byParagraph = new Map<number, Statement[]>();
  for (const statement of statements) {
    for (const number of new Set(statement.cites)) {
      const list = byParagraph.get(number) ?? [];
      list.push(statement);
      byParagraph.set(number, list);
    }
  }
  return byParagraph;
}
