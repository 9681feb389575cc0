/** Serves each raw input from content/sources/ unchanged, as plain text (rawSourcePath), so readers can check the text against it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { rawSourcePath } from '../../routing/urls.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('articles')).map((article) => ({
    params: { file: rawSourcePath(article.data.source).replace(/^sources\//, '') },
    props: { id: article.id, source: article.data.source },
  }));

export const GET: APIRoute = async ({ props }) => {
  const path = join(process.cwd(), 'content', 'sources', String(props['source']));
  const bytes = await readFile(path).catch(() => {
    throw new Error(
      `content/articles/${props['id']}.mdx: field "source": ${path} is missing; copy the raw text there (npm run import does this)`,
    );
  });
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
