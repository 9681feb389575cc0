/** Imports a text in memory (prepareImport, as the CLI does) and runs the content check on the result against the same raw file. */
import { parse } from 'yaml';
import { checkContent } from '../../src/checks/content-check.ts';
import { prepareImport, type ImportOverrides } from '../../src/record/import-article.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** The prepared import of `text` as the file `name` (slug "x"), its frontmatter as data, and the content check's problems. */
export function importText(text: string, name: string, overrides: ImportOverrides = {}) {
  const prepared = prepareImport(encode(text), name, { slug: 'x', ...overrides });
  const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(prepared.mdx)![1]!) as Record<string, unknown>;
  const problems = checkContent({
    articles: new Map([['content/articles/x.mdx', prepared.mdx]]),
    summaries: new Map(),
    entities: new Map(),
    events: new Map(),
    sources: new Map([[name, text]]),
  });
  return { prepared, data, problems };
}
