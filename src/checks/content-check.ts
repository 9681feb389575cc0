/**
 * Content checks that need no build: each article against its raw source (verbatim), summaries
 * against articles, entity relations and aliases. Problems name the file, the line and the fix.
 */
import { parse } from 'yaml';
import type { ContentFiles } from '../record/content-files.ts';
import { checkEntities, checkEntityFileNames, isProblem, parseEntityFile, type EntityNames } from '../entities/entity-files.ts';
import type { Problem } from '../record/problems.ts';
import {
  citationProblems,
  paragraphRange,
  statementLabel,
  stripCites,
  summaryStatements,
  unknownParagraphs,
  type KeyPoint,
  type Statement,
} from '../record/statements.ts';
import { missingFigures, statesDate, type FigureLang } from '../record/figures.ts';
import { articleParagraphs, paragraphId, type ArticleParagraph } from '../record/paragraphs.ts';
import { readArticleBody } from '../record/article-mdx.ts';
import type { OmittedLines } from '../record/article-mdx.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../record/import/formats.ts';
import { countWords } from '../page/reading-time.ts';
import { EVENT_DATE_PATTERN, parseEventDate, publicationDateProblem } from '../record/event-dates.ts';
import { foldWhitespace, unshownSourceUnits } from '../record/verbatim.ts';

/** Summary bodies are 250–450 words: long enough to carry the figures, short enough to be a summary. */
export const SUMMARY_WORDS = { min: 250, max: 450 } as const;

interface Split {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

function splitFrontmatter(file: string, text: string, problems: Problem[]): Split | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({ file, line: 1, message: 'no frontmatter: the file must start with a --- block' });
    return undefined;
  }
  try {
    const data = parse(match[1]!) as Record<string, unknown> | null;
    return { data: data ?? {}, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push({
      file,
      line: line === undefined ? 1 : line + 1,
      message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
}

function checkArticle(file: string, split: Split, sources: Map<string, string>, problems: Problem[]): void {
  const source = split.data['source'];
  if (typeof source !== 'string') {
    problems.push({ file, line: 2, message: 'field "source": name the raw file in content/sources/ (npm run import writes it)' });
    return;
  }
  const raw = sources.get(source);
  if (raw === undefined) {
    problems.push({ file, message: `field "source": content/sources/${source} is missing; copy the raw text there byte for byte` });
    return;
  }
  const shown = readArticleBody(split.body).map((block) => block.text);
  for (const key of ['title', 'lede'] as const) {
    if (typeof split.data[key] === 'string') shown.push(split.data[key] as string);
  }
  shown.push(...((split.data['sourceNoise'] as string[] | undefined) ?? []));
  const format = (SOURCE_FORMATS as readonly unknown[]).includes(split.data['format']) ? (split.data['format'] as SourceFormat) : 'text';
  const omitted = Array.isArray(split.data['omitted'])
    ? (split.data['omitted'] as OmittedLines[]).filter((entry) => typeof entry?.lines === 'string' && /^\d+(?:-\d+)?$/.test(entry.lines))
    : [];
  for (const unit of unshownSourceUnits(raw, format, shown, omitted)) {
    const folded = foldWhitespace(unit.text);
    problems.push({
      file,
      message: `content/sources/${source}:${unit.lines?.[0] ?? 1} is not in the article word for word: "${folded.slice(0, 80)}${folded.length > 80 ? '…' : ''}"; restore it, or record its lines under omitted with the reason (or re-import with npm run import -- --force)`,
    });
  }
}

/** Each source file belongs to one article: two articles on one source would be one text under two addresses. */
function sharedSources(files: ContentFiles): Problem[] {
  const users = new Map<string, string[]>();
  for (const [file, text] of files.articles) {
    const source = /^source:\s*"?([^"\n]+?)"?\s*$/m.exec(text.slice(0, text.indexOf('\n---', 3) + 1))?.[1];
    if (source) users.set(source, [...(users.get(source) ?? []), file]);
  }
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
export function checkSummaryArticle(file: string, article: unknown, articleSlugs: ReadonlySet<string>, line?: number): Problem[] {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (typeof article !== 'string' || !articleSlugs.has(article)) {
    return [
      {
        file,
        ...(line ? { line } : {}),
        message: `field "article": there is no article "${String(article)}" in content/articles/; use an article's file name`,
      },
    ];
  }
  if (article !== slug)
    return [{ file, message: `a summary shares its article's slug; rename the file to content/summaries/${article}.mdx` }];
  return [];
}

export function checkContent(files: ContentFiles): Problem[] {
  const problems: Problem[] = [];
  const articleSlugs = new Set<string>();
  for (const [file, text] of files.articles) {
    articleSlugs.add(file.replace(/^.*\//, '').replace(/\.mdx$/, ''));
    const split = splitFrontmatter(file, text, problems);
    if (split) checkArticle(file, split, files.sources, problems);
  }
  for (const [file, text] of files.summaries) {
    const split = splitFrontmatter(file, text, problems);
    if (!split) continue;
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('article:')) + 1 || undefined;
    problems.push(...checkSummaryArticle(file, split.data['article'], articleSlugs, line));
    const words = countWords(stripCites(split.body).replace(/^#{1,6}\s+/gm, ''));
    if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
      problems.push({
        file,
        line: split.bodyLine,
        message: `the body has ${words} words; write ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}`,
      });
    }
  }
  problems.push(...sharedSources(files));
  problems.push(...checkEntityFileNames([...files.entities.keys()].map((file) => file.replace(/^.*\//, ''))));
  const entities: EntityNames[] = [];
  for (const [file, text] of files.entities) {
    const parsed = parseEntityFile(file, text);
    if (isProblem(parsed)) problems.push(parsed);
    else entities.push(parsed);
  }
  problems.push(...checkEntities(entities, (file) => files.entities.get(file) ?? ''));
  problems.push(...checkCitations(files), ...checkEvents(files));
  return problems;
}

/** What an event or a statement is checked against: an article's numbered paragraphs and its date. */
export interface ArticleFacts {
  paragraphs: ArticleParagraph[];
  published?: string | undefined;
  dateIsEditorial: boolean;
}

const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '');

/** Each article's numbered paragraphs and date, by slug; unreadable articles are reported by checkContent itself. */
function articleFacts(files: ContentFiles): Map<string, ArticleFacts> {
  const facts = new Map<string, ArticleFacts>();
  for (const [file, text] of files.articles) {
    const split = splitFrontmatter(file, text, []);
    if (!split) continue;
    const { lede, published, dateIsEditorial } = split.data;
    facts.set(slugOf(file), {
      paragraphs: articleParagraphs(typeof lede === 'string' ? lede : undefined, split.body),
      ...(typeof published === 'string' ? { published } : {}),
      dateIsEditorial: dateIsEditorial === true,
    });
  }
  return facts;
}

function isKeyPointList(value: unknown): value is KeyPoint[] {
  return (
    Array.isArray(value) &&
    value.every(
      (point) =>
        typeof point === 'object' &&
        point !== null &&
        typeof (point as KeyPoint).text === 'string' &&
        Array.isArray((point as KeyPoint).cites) &&
        (point as KeyPoint).cites.every((n) => typeof n === 'number'),
    )
  );
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
 * Every summary cited completely, every citation to an existing paragraph, and every figure of a
 * statement (amounts, percentages, years) in one of the paragraphs it cites.
 */
export function checkCitations(files: ContentFiles): Problem[] {
  const articles = articleFacts(files);
  const problems: Problem[] = [];
  for (const [file, text] of files.summaries) {
    const split = splitFrontmatter(file, text, []);
    const article = split && articles.get(String(split.data['article']));
    if (!split || !article) continue;
    const keyPoints = split.data['keyPoints'];
    if (!isKeyPointList(keyPoints)) {
      problems.push({
        file,
        message: 'field "keyPoints": write each key point as text: "…" and cites: [12, 14] (paragraph numbers of the German article)',
      });
      continue;
    }
    const statements: Statement[] = summaryStatements(keyPoints, split.body);
    for (const message of citationProblems(statements, article.paragraphs.length)) problems.push({ file, message });
    for (const statement of statements) {
      for (const message of figureProblems(statement.text, 'en', citedParagraphs(article.paragraphs, statement.cites))) {
        problems.push({ file, message: `${statementLabel(statement)} ("${snippet(statement.text)}"): ${message}` });
      }
    }
  }
  return problems;
}

/** An event file as written (unchecked). */
export interface EventFile {
  date?: unknown;
  datedBy?: unknown;
  title?: Partial<Record<FigureLang, unknown>>;
  text?: Partial<Record<FigureLang, unknown>>;
  entities?: unknown;
  cite?: { article?: unknown; paragraphs?: unknown };
}

/**
 * Timeline events: the cited article and paragraphs exist, the cited paragraphs state the event's date
 * (or the article's own publication date does, for datedBy: publication), and every figure of its title
 * and text, in both languages, stands in a cited paragraph.
 */
export function checkEvents(files: ContentFiles): Problem[] {
  const articles = articleFacts(files);
  const entityIds = new Set([...files.entities.keys()].map(slugOf));
  return [...files.events].flatMap(([file, text]) => {
    try {
      return checkEvent(file, (parse(text) as EventFile | null) ?? {}, articles, entityIds);
    } catch (error) {
      return [{ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }];
    }
  });
}

/** One event against the articles (by slug) and entity ids: what checkEvents and the build's data layer both apply. */
export function checkEvent(
  file: string,
  event: EventFile,
  articles: ReadonlyMap<string, ArticleFacts>,
  entityIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const slug = String(event.cite?.article);
  const article = articles.get(slug);
  const cites = event.cite?.paragraphs;
  if (!article) {
    return [{ file, message: `field "cite.article": there is no article "${slug}" in content/articles/; use an article's file name` }];
  }
  if (!Array.isArray(cites) || cites.length === 0 || !cites.every((n) => typeof n === 'number')) {
    return [{ file, message: 'field "cite.paragraphs": list the German paragraphs the event rests on, e.g. [12, 14]' }];
  }
  for (const number of unknownParagraphs(cites, article.paragraphs.length)) {
    problems.push({
      file,
      message: `field "cite.paragraphs": paragraph ${number} does not exist; the article has ${paragraphRange(article.paragraphs.length)}`,
    });
  }
  const cited = citedParagraphs(article.paragraphs, cites);
  if (Array.isArray(event.entities)) {
    for (const id of event.entities) {
      if (!entityIds.has(String(id)))
        problems.push({
          file,
          message: `field "entities": there is no entity "${String(id)}"; use the file name of an entity in content/entities/`,
        });
    }
  }
  if (typeof event.date !== 'string' || !EVENT_DATE_PATTERN.test(event.date)) {
    problems.push({ file, message: 'field "date": write a quoted "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source' });
  } else if (event.datedBy === 'publication') {
    const problem = publicationDateProblem(event.date, article.published, article.dateIsEditorial);
    if (problem) problems.push({ file, message: problem });
  } else if (!cited.some((paragraph) => statesDate(paragraph.text, parseEventDate(event.date as string)))) {
    problems.push({
      file,
      message: `field "date": ${event.date} stands in none of its cited paragraphs (${cited.map((paragraph) => paragraphId(paragraph.number)).join(', ')}); cite the paragraph that states it, or set datedBy: publication when the text says "this week"`,
    });
  }
  for (const field of ['title', 'text'] as const) {
    for (const lang of ['de', 'en'] as const) {
      const value = event[field]?.[lang];
      if (typeof value !== 'string') continue;
      for (const message of figureProblems(value, lang, cited)) problems.push({ file, message: `field "${field}.${lang}": ${message}` });
    }
  }
  return problems;
}
