/**
 * Content checks that need no build: article, summary, entity and event files against their collections'
 * schemas (the one rule for each field), then what no schema can see: each article against its raw
 * source (verbatim), references across files, citations and figures. Problems name the file, the line
 * and the fix.
 */
import type { ContentFiles } from '../record/content-files.ts';
import { readEntityFiles } from '../entities/entity-files.ts';
import type { Problem } from '../record/problems.ts';
import {
  ARTICLE_SCHEMA,
  EVENT_SCHEMA,
  SUMMARY_SCHEMA,
  type ArticleFileData,
  type EventFileData,
  type SummaryFileData,
} from '../record/schemas.ts';
import { readFrontmatter, readYaml, type Frontmatter } from '../record/yaml-reader.ts';
import {
  citationProblems,
  paragraphRange,
  statementLabel,
  stripCites,
  summaryStatements,
  unknownParagraphs,
  type Statement,
} from '../record/statements.ts';
import { missingFigures, statesDate, type FigureLang } from '../record/figures.ts';
import { articleParagraphs, paragraphId, type ArticleParagraph } from '../record/paragraphs.ts';
import { readArticleBody } from '../record/article-mdx.ts';
import { countWords } from '../page/reading-time.ts';
import { parseEventDate, publicationDateProblem } from '../record/event-dates.ts';
import { foldWhitespace, unshownSourceUnits } from '../record/verbatim.ts';
import { timeZoneProblem } from '../record/dates.ts';

/** Summary bodies are 250–450 words: long enough to carry the figures, short enough to be a summary. */
export const SUMMARY_WORDS = { min: 250, max: 450 } as const;

function checkArticle(file: string, split: Frontmatter<ArticleFileData>, sources: Map<string, string>, problems: Problem[]): void {
  const { source, title, lede, sourceNoise, format, omitted } = split.data;
  const raw = sources.get(source);
  if (raw === undefined) {
    problems.push({ file, message: `field "source": content/sources/${source} is missing; copy the raw text there byte for byte` });
    return;
  }
  const shown = [...readArticleBody(split.body).map((block) => block.text), title, ...(lede ? [lede] : []), ...sourceNoise];
  for (const unit of unshownSourceUnits(raw, format, shown, omitted)) {
    const folded = foldWhitespace(unit.text);
    problems.push({
      file,
      message: `content/sources/${source}:${unit.lines?.[0] ?? 1} is not in the article word for word: "${folded.slice(0, 80)}${folded.length > 80 ? '…' : ''}"; restore it, or record its lines under omitted with the reason (or re-import with npm run import -- --force)`,
    });
  }
}

/** Each source file belongs to one article: two articles on one source would be one text under two addresses. */
function sharedSources(sourceOf: ReadonlyMap<string, string>): Problem[] {
  const users = new Map<string, string[]>();
  for (const [file, source] of sourceOf) users.set(source, [...(users.get(source) ?? []), file]);
  return [...users].flatMap(([source, articles]) =>
    articles.length < 2
      ? []
      : articles.map((file) => ({
          file,
          message: `field "source": content/sources/${source} is also the source of ${articles.filter((other) => other !== file).join(', ')}; one source file belongs to one article: remove the duplicate article or import the other text under its own file name`,
        })),
  );
}

/** A summary names an existing article and carries that article's slug as its file name. */
export function checkSummaryArticle(file: string, article: string, articleSlugs: ReadonlySet<string>, line?: number): Problem[] {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (!articleSlugs.has(article)) {
    return [
      {
        file,
        ...(line ? { line } : {}),
        message: `field "article": there is no article "${article}" in content/articles/; use an article's file name`,
      },
    ];
  }
  if (article !== slug)
    return [{ file, message: `a summary shares its article's slug; rename the file to content/summaries/${article}.mdx` }];
  return [];
}

export function checkContent(files: ContentFiles): Problem[] {
  const problems: Problem[] = [];
  // By slug; undefined for an article whose frontmatter is unreadable (reported here, so what cites it is not checked).
  const articles = new Map<string, CitedArticle | undefined>();
  const sourceOf = new Map<string, string>();
  for (const [file, text] of files.articles) {
    const split = readFrontmatter(file, text, ARTICLE_SCHEMA, problems);
    articles.set(slugOf(file), undefined);
    if (!split) continue;
    checkArticle(file, split, files.sources, problems);
    sourceOf.set(file, split.data.source);
    const { lede, published, dateIsEditorial, timeZone } = split.data;
    // The schema checks the name alone; whether the zone has a time to apply to needs both fields.
    const zoneProblem = published && timeZone ? timeZoneProblem(published, timeZone) : undefined;
    if (zoneProblem) problems.push({ file, message: `field "timeZone": ${zoneProblem}` });
    articles.set(slugOf(file), { paragraphs: articleParagraphs(lede, split.body), ...(published ? { published } : {}), dateIsEditorial });
  }
  problems.push(...sharedSources(sourceOf));
  for (const [file, text] of files.summaries) {
    const split = readFrontmatter(file, text, SUMMARY_SCHEMA, problems);
    if (split) problems.push(...checkSummary(file, text, split, articles));
  }
  problems.push(...readEntityFiles(files.entities).problems);
  // Every entity file counts as existing, even one its schema refuses (reported above).
  const entityIds = new Set([...files.entities.keys()].map(slugOf));
  for (const [file, text] of files.events) {
    const event = readYaml(file, text, EVENT_SCHEMA, problems);
    if (event) problems.push(...checkEvent(file, event, articles, entityIds));
  }
  return problems;
}

/** What an event or a statement is checked against: an article's numbered paragraphs and its date. */
export interface CitedArticle {
  paragraphs: ArticleParagraph[];
  published?: string | undefined;
  dateIsEditorial: boolean;
}

const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.(mdx|ya?ml)$/i, '');

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** Figures of `text` that stand in none of the cited paragraphs, as messages. */
function figureProblems(text: string, lang: FigureLang, cited: ArticleParagraph[]): string[] {
  const where = cited.map((paragraph) => paragraphId(paragraph.number)).join(', ');
  return missingFigures(
    text,
    lang,
    cited.map((paragraph) => paragraph.text),
  ).map(
    (figure) =>
      `"${figure.text}" stands in none of its cited paragraphs (${where}); cite the paragraph that gives it, or correct the figure`,
  );
}

const citedParagraphs = (paragraphs: ArticleParagraph[], cites: readonly number[]) =>
  [...new Set(cites)].flatMap((number) => paragraphs[number - 1] ?? []);

/**
 * A summary against its article: the article exists, the body is 250–450 words, every statement is
 * cited, every citation names an existing paragraph, and every figure of a statement (amounts,
 * percentages, years) stands in one of the paragraphs it cites.
 */
function checkSummary(
  file: string,
  text: string,
  split: Frontmatter<SummaryFileData>,
  articles: ReadonlyMap<string, CitedArticle | undefined>,
): Problem[] {
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('article:')) + 1 || undefined;
  const problems = checkSummaryArticle(file, split.data.article.id, new Set(articles.keys()), line);
  const words = countWords(stripCites(split.body).replace(/^#{1,6}\s+/gm, ''));
  if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
    problems.push({
      file,
      line: split.bodyLine,
      message: `the body has ${words} words; write ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}`,
    });
  }
  const article = articles.get(split.data.article.id);
  if (!article) return problems;
  const statements: Statement[] = summaryStatements(split.data.keyPoints, split.body);
  for (const message of citationProblems(statements, article.paragraphs.length)) problems.push({ file, message });
  for (const statement of statements) {
    for (const message of figureProblems(statement.text, 'en', citedParagraphs(article.paragraphs, statement.cites))) {
      problems.push({ file, message: `${statementLabel(statement)} ("${snippet(statement.text)}"): ${message}` });
    }
  }
  return problems;
}

/**
 * A timeline event against the articles (by slug) and entity ids, beyond its schema: the cited article
 * and paragraphs exist, the entities exist, the cited paragraphs state the event's date (or the
 * article's own publication date does, for datedBy: publication), and every figure of its title and
 * text, in both languages, stands in a cited paragraph. The content check and the build's data layer
 * both apply it.
 */
export function checkEvent(
  file: string,
  event: EventFileData,
  articles: ReadonlyMap<string, CitedArticle | undefined>,
  entityIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const slug = event.cite.article.id;
  if (!articles.has(slug)) {
    return [{ file, message: `field "cite.article": there is no article "${slug}" in content/articles/; use an article's file name` }];
  }
  const article = articles.get(slug);
  if (!article) return [];
  for (const number of unknownParagraphs(event.cite.paragraphs, article.paragraphs.length)) {
    problems.push({
      file,
      message: `field "cite.paragraphs": paragraph ${number} does not exist; the article has ${paragraphRange(article.paragraphs.length)}`,
    });
  }
  const cited = citedParagraphs(article.paragraphs, event.cite.paragraphs);
  for (const { id } of event.entities) {
    if (!entityIds.has(id))
      problems.push({ file, message: `field "entities": there is no entity "${id}"; use the file name of an entity in content/entities/` });
  }
  if (event.datedBy === 'publication') {
    const problem = publicationDateProblem(event.date, article.published, article.dateIsEditorial);
    if (problem) problems.push({ file, message: problem });
  } else if (!cited.some((paragraph) => statesDate(paragraph.text, parseEventDate(event.date)))) {
    problems.push({
      file,
      message: `field "date": ${event.date} stands in none of its cited paragraphs (${cited.map((paragraph) => paragraphId(paragraph.number)).join(', ')}); cite the paragraph that states it, or set datedBy: publication when the text says "this week"`,
    });
  }
  for (const field of ['title', 'text'] as const) {
    for (const lang of ['de', 'en'] as const) {
      for (const message of figureProblems(event[field][lang], lang, cited))
        problems.push({ file, message: `field "${field}.${lang}": ${message}` });
    }
  }
  return problems;
}
