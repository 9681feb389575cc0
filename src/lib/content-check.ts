/**
 * Content checks that need no build: each article against its raw source (verbatim), summaries
 * against articles, entity relations and aliases. Problems name the file, the line and the fix.
 */
import { parse } from 'yaml';
import { createMentionMatcher, DuplicateAliasError } from './mentions.ts';
import { readArticleBody } from './article-mdx.ts';
import { readPublisherDate, sourceBlocks } from './raw-article.ts';
import { countWords } from './reading-time.ts';
import { foldWhitespace } from './verbatim.ts';

/** Summary bodies are 250–450 words: long enough to carry the figures, short enough to be a summary. */
export const SUMMARY_WORDS = { min: 250, max: 450 } as const;

export interface ContentFiles {
  /** Relative path → text, for content/articles/*.mdx, content/summaries/*.mdx and content/entities/*.yaml. */
  articles: Map<string, string>;
  summaries: Map<string, string>;
  entities: Map<string, string>;
  /** File name → text of content/sources/*. */
  sources: Map<string, string>;
}

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

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
  const shown = new Set<string>(readArticleBody(split.body).map((block) => foldWhitespace(block.text)));
  for (const key of ['title', 'lede'] as const) {
    if (typeof split.data[key] === 'string') shown.add(foldWhitespace(split.data[key] as string));
  }
  for (const noise of (split.data['sourceNoise'] as string[] | undefined) ?? []) shown.add(foldWhitespace(noise));
  const allLines = raw.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (const unit of sourceBlocks(raw)) {
    if (shown.has(foldWhitespace(unit)) || readPublisherDate(unit)) continue;
    const firstLine = unit.split('\n')[0]!;
    const sourceLine = allLines.findIndex((candidate) => candidate.includes(firstLine)) + 1;
    const folded = foldWhitespace(unit);
    problems.push({
      file,
      message: `content/sources/${source}:${sourceLine} is not in the article word for word: "${folded.slice(0, 80)}${folded.length > 80 ? '…' : ''}"; restore it (or re-import with npm run import -- --force)`,
    });
  }
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
    const article = split.data['article'];
    const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('article:')) + 1 || undefined;
    if (typeof article !== 'string' || !articleSlugs.has(article)) {
      problems.push({ file, ...(line ? { line } : {}), message: `field "article": there is no article "${String(article)}" in content/articles/; use an article's file name` });
    } else if (article !== slug) {
      problems.push({ file, message: `a summary shares its article's slug; rename the file to content/summaries/${article}.mdx` });
    }
    const words = countWords(split.body.replace(/^#{1,6}\s+/gm, ''));
    if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
      problems.push({ file, line: split.bodyLine, message: `the body has ${words} words; write ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}` });
    }
  }
  const entityIds = new Set([...files.entities.keys()].map((file) => file.replace(/^.*\//, '').replace(/\.yaml$/, '')));
  const forms: Record<'de' | 'en', { id: string; file: string; forms: string[] }[]> = { de: [], en: [] };
  for (const [file, text] of files.entities) {
    let data: { name?: Record<string, string>; aliases?: Record<string, string[]>; relations?: { to?: string }[] };
    try {
      data = (parse(text) as typeof data | null) ?? {};
    } catch (error) {
      problems.push({ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const id = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    for (const relation of data.relations ?? []) {
      if (!relation.to || !entityIds.has(relation.to)) {
        const line = text.split('\n').findIndex((candidate) => candidate.includes(`to: ${relation.to}`)) + 1 || undefined;
        problems.push({ file, ...(line ? { line } : {}), message: `field "relations": there is no entity "${String(relation.to)}"; use the file name of an entity in content/entities/` });
      }
    }
    for (const lang of ['de', 'en'] as const) {
      forms[lang].push({ id, file, forms: [data.name?.[lang], ...(data.aliases?.[lang] ?? [])].filter((form): form is string => typeof form === 'string') });
    }
  }
  for (const lang of ['de', 'en'] as const) {
    try {
      createMentionMatcher(forms[lang]);
    } catch (error) {
      if (!(error instanceof DuplicateAliasError)) throw error;
      problems.push({ file: 'content/entities/', message: `${lang}: ${error.message}` });
    }
  }
  return problems;
}
