// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { entityLinks } from './src/markdown/entity-links.ts';
import { paragraphAnchors, statementAnchors } from './src/markdown/paragraph-anchors.ts';
import { siteUrl } from './src/lib/site-url.ts';

// SITE_URL's path becomes Astro's `base`, so one variable sets canonical URLs, feeds and every internal link.
const site = siteUrl();

export default defineConfig({
  site: site.href,
  base: site.pathname,
  trailingSlash: 'always',
  // Lossless whitespace removal: 'jsx' (the default) would glue words around inline elements.
  compressHTML: true,
  markdown: {
    processor: satteri({
      // Source articles are a record: no typographic rewriting of quotes, dashes or dots.
      features: { smartPunctuation: false },
      hastPlugins: [entityLinks(fileURLToPath(new URL('./content/entities/', import.meta.url))), paragraphAnchors(), statementAnchors()],
    }),
  },
  integrations: [mdx()],
  vite: {
    build: {
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
