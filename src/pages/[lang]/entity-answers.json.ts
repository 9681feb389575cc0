/** Every entity's names and aliases in both languages, page language first: what the search page matches queries against. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS, type Lang } from '../../routing/urls.ts';
import { entityNameIndex } from '../../search/entity-answers.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const index = entityNameIndex(await getCollection('entities'), lang);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
