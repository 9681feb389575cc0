/** One entity's card for the search page in one language, at the URL src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntityCards } from '../data/search-answers.ts';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { LANGS, siteFile, type FileRef } from '../routing/urls.ts';
import type { EntityCard } from '../search/entity-answers.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LANGS.map(async (lang) =>
        (await getEntityCards(lang)).flatMap(({ id, card }) => {
          const ref: FileRef = { kind: 'entityCard', lang, id };
          return buildsFile(shardFromEnv(), ref) ? [{ params: { entityCard: siteFile(ref) }, props: { card } }] : [];
        }),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: EntityCard }> = ({ props }) =>
  new Response(JSON.stringify(props.card), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
