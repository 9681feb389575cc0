/** Every entity's names and aliases (both languages) with name, kind and description in one language, for the search page's entity answers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS, type Lang } from '../../i18n/routes.ts';
import { entityAnswerData } from '../../lib/entity-answers.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const answers = (await getCollection('entities')).map((entity) => entityAnswerData(entity.id, entity.data, lang));
  return new Response(JSON.stringify(answers), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
