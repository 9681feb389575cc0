/**
 * Content checks that need no build: each article against its raw source (verbatim), summaries
 * against articles, entity relations and aliases. Problems name the file, the line and the fix.
 */
import { parse } from 'yaml';
import type { ContentFiles } from './content-files.ts';
import { checkEntities, checkEntityFileNames, isProblem, parseEntityFile, type EntityNames } from './entity-files.ts';
import type { Problem } from './problems.ts';
import { readPublisherDate, sourceLines } from './raw-article.ts';
import { unescapeMarkdown } from './page-text.ts';
import { countWords } from './reading-time.ts';
import { foldWhitespace } from './verbatim.ts';

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
    problems.push({ file, line: line === undefined ? 1 : line + 1, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Text lines of an article body as a reader sees them: heading marks, teaser markup and escapes removed. */
export function articleBodyLines(body: string): { text: string; line: number }[] {
  return body
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), line: index + 1 }))
    .filter(({ raw }) => raw.length > 0)
    .map(({ raw, line }) => {
      const text = raw.replace(/^#{1,6}\s+/, '').replace(/^<p class="teaser">([\s\S]*)<\/p>$/, '$1');
      return { text: unescapeMarkdown(text), line };
    });
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
  const shown = new Set<string>(articleBodyLines(split.body).map(({ text }) => foldWhitespace(text)));
  for (const key of ['title', 'lede'] as const) {
    if (typeof split.data[key] === 'string') shown.add(foldWhitespace(split.data[key] as string));
  }
  for (const noise of (split.data['sourceNoise'] as string[] | undefined) ?? []) shown.add(foldWhitespace(noise));
  const lines = sourceLines(raw);
  const allLines = raw.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (const line of lines) {
    if (shown.has(foldWhitespace(line)) || readPublisherDate(line)) continue;
    const sourceLine = allLines.findIndex((candidate) => candidate.includes(line)) + 1;
    problems.push({
      file,
      message: `content/sources/${source}:${sourceLine} is not in the article word for word: "${line.slice(0, 80)}${line.length > 80 ? '…' : ''}"; restore it (or re-import with npm run import -- --force)`,
    });
  }
}

/** A summary names an existing article and carries that article's slug as its file name. */
export function checkSummaryArticle(file: string, article: unknown, articleSlugs: ReadonlySet<string>, line?: number): Problem[] {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (typeof article !== 'string' || !articleSlugs.has(article)) {
    return [{ file, ...(line ? { line } : {}), message: `field "article": there is no article "${String(article)}" in content/articles/; use an article's file name` }];
  }
  if (article !== slug) return [{ file, message: `a summary shares its article's slug; rename the file to content/summaries/${article}.mdx` }];
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
    const words = countWords(split.body.replace(/^#{1,6}\s+/gm, ''));
    if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
      problems.push({ file, line: split.bodyLine, message: `the body has ${words} words; write ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}` });
    }
  }
  problems.push(...checkEntityFileNames([...files.entities.keys()].map((file) => file.replace(/^.*\//, ''))));
  const entities: EntityNames[] = [];
  for (const [file, text] of files.entities) {
    const parsed = parseEntityFile(file, text);
    if (isProblem(parsed)) problems.push(parsed);
    else entities.push(parsed);
  }
  problems.push(...checkEntities(entities, (file) => files.entities.get(file) ?? ''));
  return problems;
}
