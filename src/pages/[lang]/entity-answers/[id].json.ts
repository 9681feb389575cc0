/** One entity's card for the search page in one language: loaded only when a query names that entity. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS } from '../../../routing/urls.ts';
import { entityCard } from '../../../search/entity-answers.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const entities = await getCollection('entities');
  return LANGS.flatMap((lang) =>
    entities.map((entity) => ({ params: { lang, id: entity.id }, props: { card: entityCard(entity.data, lang) } })),
  );
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['card']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
