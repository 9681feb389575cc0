// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from './src/catalog/parse.ts';
import { entityLinks } from './src/markdown/entity-links.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { paragraphAnchors, statementAnchors } from './src/markdown/paragraph-anchors.ts';
import { siteUrl } from './src/routing/site-url.ts';
import { belongsInSitemap, sitemapFileBase, sitemapLinks, SITEMAP_URL_LIMIT } from './src/routing/sitemap.ts';
import { shardFromEnv } from './src/routing/shards.ts';
import { securityHeaders } from './scripts/security-headers.ts';
import { lastSearchIndex } from './scripts/dev/last-search-index.ts';

// SITE_URL's path becomes Astro's `base`, so one variable sets canonical URLs, feeds and every internal link.
const site = siteUrl();
// Named here because the sitemap reads the built pages' heads from it.
const outDir = new URL('./dist/', import.meta.url);
// Set when this build is one shard of a sharded build (scripts/build.ts): its pages, and a sitemap of them alone.
const shard = shardFromEnv();

export default defineConfig({
  site: site.href,
  base: site.pathname,
  outDir: fileURLToPath(outDir),
  trailingSlash: 'always',
  // Per project folder, not in node_modules: test copies of the project share node_modules and build in parallel.
  cacheDir: './.astro/cache',
  experimental: {
    // A shard renders again only the pages whose data (their cacheKey, src/data/routes.ts) or code changed, and
    // restores the others from .astro/cache/ (which CI restores too). One whole build renders every page.
    incrementalBuild: shard !== undefined,
  },
  // Lossless whitespace removal: 'jsx' (the default) would glue words around inline elements.
  compressHTML: true,
  // Every stylesheet as a file, none inlined (Astro inlines those under 4 kB): one download that every later page
  // takes from the cache, where an inlined one is sent again in each page's HTML (3.4 kB of each page, before).
  build: { inlineStylesheets: 'never' },
  // No security.csp: every page's head carries the policy of src/page/security-policy.ts itself (PageHead), without
  // the hashes Astro would add of scripts and styles no page has inline; the same directives go to dist/_headers.
  markdown: {
    // Shiki colours code with inline styles, which the policy refuses; the record's code blocks (<pre>, fences) show plain.
    syntaxHighlight: false,
    processor: satteri({
      // Source articles are a record: no typographic rewriting of quotes, dashes or dots. The catalog parses with the same features.
      features: MARKDOWN_FEATURES,
      hastPlugins: [
        entityLinks(fileURLToPath(new URL('./content/', import.meta.url))),
        externalLinks(),
        paragraphAnchors(),
        statementAnchors(),
      ],
    }),
  },
  integrations: [
    mdx(),
    securityHeaders(),
    sitemap({
      // Pages marked noindex (not found, summary pending) stay out. An unknown URL fails here, where errors stop the build.
      filter: (url) => belongsInSitemap(url, site, outDir, shard),
      // A shard's sitemap files carry its name; the merge joins the shards' indexes into sitemap-index.xml.
      filenameBase: sitemapFileBase(shard),
      entryLimit: SITEMAP_URL_LIMIT,
      // Not the integration's i18n option: it pairs equal paths, but /de/artikel/x/ pairs with /en/summaries/x/.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, site) }),
      // Only hreflang links (xhtml) are used; no news, image or video entries.
      namespaces: { news: false, image: false, video: false },
    }),
    lastSearchIndex(),
  ],
  vite: {
    // Astro puts Vite's cache in node_modules/.vite; test copies share node_modules through a link and build in parallel.
    cacheDir: fileURLToPath(new URL('./.astro/vite/', import.meta.url)),
    build: {
      // One stylesheet for every page (18 kB, 5 kB gzipped), rather than chunks by the pages that share them.
      cssCodeSplit: false,
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler warns
        // about each one: thousands of lines of noise that would hide real warnings from editors.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
