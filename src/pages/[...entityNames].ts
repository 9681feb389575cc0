/** Every entity's names and aliases per language, at the URL src/routing/urls.ts names: what the search page matches queries against. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntityNameIndex } from '../data/search-answers.ts';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { LANGS, siteFile, type Lang } from '../routing/urls.ts';

export const getStaticPaths = (() =>
  LANGS.filter((lang) => buildsFile(shardFromEnv(), { kind: 'entityNames', lang })).map((lang) => ({
    params: { entityNames: siteFile({ kind: 'entityNames', lang }) },
    props: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(JSON.stringify(await getEntityNameIndex(props.lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
