/** The RSS feed of each language, at the URL src/routing/urls.ts names for { kind: 'feed' }. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOptions } from '../data/feeds.ts';
import { buildsPage, shardFromEnv } from '../routing/shards.ts';
import { LANGS, routeParam, type Lang } from '../routing/urls.ts';

export const getStaticPaths = (() =>
  LANGS.filter((lang) => buildsPage(shardFromEnv(), lang, { kind: 'feed' })).map((lang) => ({
    params: { feed: routeParam(lang, { kind: 'feed' }) },
    props: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) => rss(await feedOptions(props.lang, site!));
