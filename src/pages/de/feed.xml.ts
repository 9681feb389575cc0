/** RSS feed at the URL routes.ts names for { kind: 'feed' }. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedOptions } from '../../data/feeds.ts';

export const GET: APIRoute = async ({ site }) => rss(await feedOptions('de', site!));
