// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://msft-openai.example.org',
  trailingSlash: 'always',
  // Lossless whitespace removal: 'jsx' (the default) would glue words around inline elements.
  compressHTML: true,
  markdown: {
    // Source articles are a record: no typographic rewriting of quotes, dashes or dots.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [mdx()],
});
