/**
 * Content checks that need no build: article, summary, entity and event files against their collections'
 * schemas (the one rule for each field), then what no schema can see: each article against its raw
 * source (verbatim), references across files, citations and figures. Problems name the file, the line
 * and the fix. The check is the catalog pass (`scanContent`): one streaming read of content/ that checks
 * every file and hands each document's catalog entry on, so `npm run check`, the catalog and the build
 * read every file the same way.
 */
import type { ContentFiles } from '../record/content-files.ts';
import { mentionMatcher, readEntityFiles } from '../entities/entity-files.ts';
import type { EntityEntry } from '../entities/entity-schema.ts';
import { createMentionMatcher, DuplicateAliasError, type MentionMatcher } from '../entities/mentions.ts';
import type { Lang } from '../routing/urls.ts';
import type { Problem } from '../record/problems.ts';
import { readArticle, readSummary, slugOf, type CatalogDocument, type CatalogEvent } from '../catalog/documents.ts';
import type { CatalogReuse } from '../catalog/reuse.ts';
import { memorySource, type ContentSource } from '../catalog/source.ts';
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
import { paragraphId, type ArticleParagraph } from '../record/paragraphs.ts';
import { readArticleBody } from '../record/article-mdx.ts';
import { countWords } from '../page/reading-time.ts';
import { parseEventDate, publicationDateProblem } from '../record/event-dates.ts';
import { foldWhitespace, unshownSourceUnits } from '../record/verbatim.ts';
import { timeZoneProblem } from '../record/dates.ts';

/** Summary bodies are 250–450 words: long enough to carry the figures, short enough to be a summary. */
export const SUMMARY_WORDS = { min: 250, max: 450 } as const;

function checkArticle(file: string, split: Frontmatter<ArticleFileData>, raw: string | undefined, problems: Problem[]): void {
  const { source, title, lede, sourceNoise, format, omitted } = split.data;
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

/** What the catalog pass found besides the documents it handed on. */
export interface ContentScan {
  /** Every problem, in the order `npm run check` prints them: articles, shared sources, summaries, entities, events. */
  problems: Problem[];
  /** Every readable entity file, by id. */
  entities: EntityEntry[];
  /** Every readable event file, in file-name order. */
  events: CatalogEvent[];
  /** How many files of each kind were read. */
  counts: { articles: number; summaries: number; entities: number; events: number };
}

/** The matcher of a language, or one that finds nothing when two entities claim an alias (reported by readEntityFiles). */
function matcherOrNone(entities: readonly EntityEntry[], lang: Lang): MentionMatcher {
  try {
    return mentionMatcher(entities, lang);
  } catch (error) {
    if (error instanceof DuplicateAliasError) return createMentionMatcher([]);
    throw error;
  }
}

/** The parser's message for MDX it cannot read ("3:6: Expected a closing tag …"), as a problem at its line of the file. */
function unreadable(file: string, bodyLine: number, error: unknown): Problem {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const at = /^(\d+):\d+:\s*/.exec(message);
  return {
    file,
    line: bodyLine + (at ? Number(at[1]) - 1 : 0),
    message: `the MDX cannot be read: ${at ? message.slice(at[0].length) : message}; escape the character or close the tag (npm run import writes text escaped)`,
  };
}

/**
 * The catalog pass: reads content/ one article (with its source and summary) at a time, checks each file,
 * and hands each readable document's catalog entry to `onDocument` in file-name order. Memory holds the
 * entities, the events and a few fields per article, never the bodies. With `reuse`, a document whose files
 * are unchanged since the earlier catalog keeps its entry there (it passed every check then), and each entry
 * is handed on with its key.
 */
export function scanContent(
  source: ContentSource,
  onDocument: (document: CatalogDocument, key: string | undefined) => void = () => {},
  reuse?: CatalogReuse,
): ContentScan {
  const articleProblems: Problem[] = [];
  const summaryProblems: Problem[] = [];
  const entityFiles = new Map(source.names('entities').map((name) => [`content/entities/${name}`, source.read('entities', name) ?? '']));
  const { entities, problems: entityProblems } = readEntityFiles(entityFiles);
  const matchers: Record<Lang, MentionMatcher> = { de: matcherOrNone(entities, 'de'), en: matcherOrNone(entities, 'en') };
  const eventProblems: Problem[] = [];
  const events: { file: string; event: CatalogEvent }[] = [];
  const eventNames = source.names('events');
  for (const name of eventNames) {
    const file = `content/events/${name}`;
    const data = readYaml(file, source.read('events', name) ?? '', EVENT_SCHEMA, eventProblems);
    if (data) events.push({ file, event: { id: slugOf(name), data } });
  }
  // Only articles that events cite keep their paragraphs past their own turn; for the others the slug is enough.
  const citedByEvents = new Set(events.map(({ event }) => event.data.cite.article.id));
  const articleNames = source.names('articles');
  const articleSlugs = new Set(articleNames.map(slugOf));
  const summaryNames = new Set(source.names('summaries'));
  const counts = { articles: articleNames.length, summaries: summaryNames.size, entities: entityFiles.size, events: 0 };
  const articles = new Map<string, CitedArticle | undefined>();
  const sourceOf = new Map<string, string>();

  const scanSummary = (name: string, text: string, article: CitedArticle | undefined): CatalogDocument['summary'] => {
    const file = `content/summaries/${name}`;
    const split = readFrontmatter(file, text, SUMMARY_SCHEMA, summaryProblems);
    if (!split) return undefined;
    summaryProblems.push(...checkSummary(file, text, split, articleSlugs, article));
    try {
      return readSummary(file, split.data, split.body, matchers.en);
    } catch (error) {
      summaryProblems.push(unreadable(file, split.bodyLine, error));
      return undefined;
    }
  };

  for (const name of articleNames) {
    const file = `content/articles/${name}`;
    const slug = slugOf(name);
    const summaryName = summaryNames.has(name) ? name : undefined;
    summaryNames.delete(name);
    articles.set(slug, undefined);
    const text = source.read('articles', name) ?? '';
    const summaryText = summaryName ? (source.read('summaries', summaryName) ?? '') : undefined;
    // An article that events cite is read afresh: their checks need its paragraphs, which the catalog does not keep.
    const earlier = citedByEvents.has(slug) ? undefined : reuse?.earlier(name, text, summaryText, (raw) => source.read('sources', raw));
    if (earlier) {
      sourceOf.set(file, earlier.document.article.data.source);
      onDocument(earlier.document, earlier.key);
      continue;
    }
    const split = readFrontmatter(file, text, ARTICLE_SCHEMA, articleProblems);
    if (!split) {
      if (summaryName) scanSummary(summaryName, summaryText!, undefined);
      continue;
    }
    const raw = source.read('sources', split.data.source);
    checkArticle(file, split, raw, articleProblems);
    sourceOf.set(file, split.data.source);
    const { published, dateIsEditorial, timeZone } = split.data;
    // The schema checks the name alone; whether the zone has a time to apply to needs both fields.
    const zoneProblem = published && timeZone ? timeZoneProblem(published, timeZone) : undefined;
    if (zoneProblem) articleProblems.push({ file, message: `field "timeZone": ${zoneProblem}` });
    let read: ReturnType<typeof readArticle> | undefined;
    try {
      read = readArticle(file, split.data, split.body, matchers.de);
    } catch (error) {
      articleProblems.push(unreadable(file, split.bodyLine, error));
    }
    const cited: CitedArticle | undefined = read && { paragraphs: read.paragraphs, ...(published ? { published } : {}), dateIsEditorial };
    if (citedByEvents.has(slug)) articles.set(slug, cited);
    const summary = summaryName ? scanSummary(summaryName, summaryText!, cited) : undefined;
    if (read) {
      const key = reuse?.key({ article: text, summary: summaryText, source: raw });
      onDocument(summary ? { slug, article: read.article, summary } : { slug, article: read.article }, key);
    }
  }
  // Summaries without an article of their name: reported (checkSummaryArticle), not catalogued.
  for (const name of summaryNames) scanSummary(name, source.read('summaries', name) ?? '', undefined);
  // Every entity file counts as existing, even one its schema refuses (reported by readEntityFiles).
  const entityIds = new Set([...entityFiles.keys()].map(slugOf));
  for (const { file, event } of events) eventProblems.push(...checkEvent(file, event.data, articles, entityIds));
  const byFile = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    problems: [...articleProblems, ...sharedSources(sourceOf), ...summaryProblems.sort(byFile), ...entityProblems, ...eventProblems],
    // By id, as the entities collection orders them (file names sort "azure-x.yaml" before "azure.yaml").
    entities: entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    events: events.map(({ event }) => event),
    counts: { ...counts, events: eventNames.length },
  };
}

/** Every problem of the content files: the catalog pass over files in memory. */
export function checkContent(files: ContentFiles): Problem[] {
  return scanContent(memorySource(files)).problems;
}

/** What an event or a statement is checked against: an article's numbered paragraphs and its date. */
export interface CitedArticle {
  paragraphs: ArticleParagraph[];
  published?: string | undefined;
  dateIsEditorial: boolean;
}

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
  articleSlugs: ReadonlySet<string>,
  /** The article of the summary's name, when it could be read. */
  article: CitedArticle | undefined,
): Problem[] {
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('article:')) + 1 || undefined;
  const problems = checkSummaryArticle(file, split.data.article.id, articleSlugs, line);
  const words = countWords(stripCites(split.body).replace(/^#{1,6}\s+/gm, ''));
  if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
    problems.push({
      file,
      line: split.bodyLine,
      message: `the body has ${words} words; write ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}`,
    });
  }
  // A summary naming another article is reported above (it shares its article's slug); its citations are checked once it does.
  if (!article || split.data.article.id !== slugOf(file)) return problems;
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
