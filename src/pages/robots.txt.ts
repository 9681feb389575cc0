/** robots.txt naming the sitemap under the configured site. Crawlers read it only at a host's root: under a sub-path the host's own robots.txt must name the sitemap. */
import type { APIRoute } from 'astro';
import { withBase } from '../routing/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow:\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
