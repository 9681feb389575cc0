/** Serves each raw input from content/sources/ unchanged, so readers can check the text against it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('articles')).map((article) => ({ params: { file: article.data.source }, props: { id: article.id } }));

export const GET: APIRoute = async ({ params, props }) => {
  const path = join(process.cwd(), 'content', 'sources', String(params['file']));
  const bytes = await readFile(path).catch(() => {
    throw new Error(
      `content/articles/${props['id']}.mdx: field "source": ${path} is missing; copy the raw text there (npm run import does this)`,
    );
  });
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
