/**
 * robots.txt naming the sitemap under the configured site, at the URL src/routing/urls.ts names. Crawlers read
 * it only at a host's root: under a sub-path the host's own robots.txt must name the sitemap.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { fileUrl, siteFile } from '../routing/urls.ts';

export const getStaticPaths = (() =>
  buildsFile(shardFromEnv(), { kind: 'robots' }) ? [{ params: { robots: siteFile({ kind: 'robots' }) } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow:\n\nSitemap: ${fileUrl({ kind: 'sitemapIndex' }, site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
