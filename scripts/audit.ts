/**
 * npm run audit: Lighthouse (performance, accessibility, best practices, SEO) on each page type in
 * both languages against the built site served locally; fails below 100 in any category.
 * Needs `npm run build` first; the Chromium is the one tests use (scripts/browser/chromium.ts).
 */
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumBinary, freePort } from './browser/chromium.ts';
import { pathFor } from '../src/routing/urls.ts';

const PAGES = [
  '/de/',
  '/en/',
  pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }),
  pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }),
  '/de/entitaeten/sam-altman/',
  '/en/entities/sam-altman/',
  '/de/suche/?q=Azure',
  '/en/search/?q=Azure',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const port = await freePort();
const server = await preview({ root: process.cwd(), server: { port, host: '127.0.0.1' }, logLevel: 'error' });
const { executablePath, args } = await chromiumBinary();
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: args });
let failed = 0;
try {
  console.log(`${'page'.padEnd(66)} ${CATEGORIES.map((category) => category.padStart(14)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(
      `http://127.0.0.1:${port}${path}`,
      {
        port: chrome.port,
        onlyCategories: [...CATEGORIES],
        output: 'json',
        logLevel: 'error',
      },
      {
        extends: 'lighthouse:default',
        settings: {
          formFactor: 'mobile',
          screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
        },
      },
    );
    const scores = CATEGORIES.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    if (scores.some((score) => score < 100)) failed += 1;
    console.log(`${path.padEnd(66)} ${scores.map((score) => String(score).padStart(14)).join('')}`);
    for (const category of CATEGORIES) {
      for (const ref of result?.lhr.categories[category]?.auditRefs ?? []) {
        const audit = result!.lhr.audits[ref.id];
        if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1)
          console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
if (failed) {
  console.error(`audit: ${failed} page(s) below 100`);
  process.exit(1);
}
console.log('audit: every page scores 100 in all four categories');
