/** One entity's card for the search page in one language, at the URL src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntityCards } from '../data/search-answers.ts';
import { LANGS, siteFile } from '../routing/urls.ts';
import type { EntityCard } from '../search/entity-answers.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LANGS.map(async (lang) =>
        (await getEntityCards(lang)).map(({ id, card }) => ({
          params: { entityCard: siteFile({ kind: 'entityCard', lang, id }) },
          props: { card },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: EntityCard }> = ({ props }) =>
  new Response(JSON.stringify(props.card), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
