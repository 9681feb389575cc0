/** The raw inputs in content/sources/, served unchanged so readers can check an article's text against its source. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocumentPairs } from './documents.ts';

export interface SourceFile {
  /** File name in content/sources/ (the article's `source` field). */
  file: string;
  /** The article that names it. */
  slug: string;
}

/** The sources of the documents this build renders, each served beside its article. */
export async function sourceFiles(): Promise<SourceFile[]> {
  return [...(await getDocumentPairs()).values()].map(({ slug, article }) => ({ file: article.data.source, slug }));
}

/** The file's bytes; a missing file fails the build naming the article, its field and the fix. */
export async function readSource({ file, slug }: SourceFile): Promise<Buffer<ArrayBuffer>> {
  const path = join(process.cwd(), 'content', 'sources', file);
  return readFile(path).catch(() => {
    throw new Error(`content/articles/${slug}.mdx: field "source": ${path} is missing; copy the raw text there (npm run import does this)`);
  });
}
