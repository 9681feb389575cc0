/**
 * The content security policy in a real browser: reading, searching with filters in both languages,
 * switching language, the map and the timeline raise no `securitypolicyviolation`, under the pages' meta
 * policy and the _headers policy together (as a host that reads _headers serves them). And every built page
 * carries the policy, and _headers the same directives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { builtPages, DIST, fileForUrl } from '../helpers/dist.ts';
import { HEADER_ONLY_DIRECTIVES, PAGE_DIRECTIVES, SCRIPT_SOURCES, headerPolicy, pagePolicy } from '../../src/page/security-policy.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ARTICLE = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });
const SUMMARY = pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });

/** The headers of dist/_headers's one rule ("/*"), name → value. */
function headersFileRule(): Record<string, string> {
  const [path, ...lines] = readFileSync(join(DIST, '_headers'), 'utf8').trimEnd().split('\n');
  expect(path).toBe('/*');
  return Object.fromEntries(
    lines.map(
      (line) =>
        line
          .trim()
          .split(/:\s(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

/** A policy's directives by name: "script-src 'self' 'x'" → { 'script-src': ["'self'", "'x'"] }. */
function directives(policy: string): Map<string, string[]> {
  const parts = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((part) => part[0]);
  return new Map(parts.map(([name, ...sources]) => [name!, sources]));
}

const browser = useBrowser('csp');

/** A page that records every violation in window.__cspViolations and gets _headers' headers on each document. */
async function watchedPage(): Promise<Page> {
  const page = await browser.open();
  const headers = headersFileRule();
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${location.pathname}`),
    );
  });
  return page;
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Waits until the search page has answered its query, or something was blocked. */
async function searched(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0 ||
      /Treffer|result|Keine|No results/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
}

describe('no policy violation', () => {
  it('reading, searching with filters in both languages, switching language, map and timeline', async () => {
    const page = await watchedPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const seen: string[] = [];
    const collect = async () => seen.push(...(await violations(page)));

    await page.goto(ARTICLE);
    await collect();
    await page.goto(SUMMARY);
    await collect();

    // The header form (form-action) to the search page, which loads Pagefind (script and WebAssembly), then a filter.
    for (const [start, query, type] of [
      [ARTICLE, 'Rechenleistung', 'article'],
      [SUMMARY, 'restructuring', 'summary'],
    ] as const) {
      await page.goto(start);
      await page.locator('#header-search-input').fill(query);
      await page.locator('#header-search-input').press('Enter');
      await page.waitForURL(/[?&]q=/);
      await searched(page);
      await collect();
      expect(seen).toEqual([]);
      expect(await page.locator('.result').count()).toBeGreaterThan(0);
      await page.goto(`${new URL(page.url()).pathname}?q=${encodeURIComponent(query)}&type=${type}&sort=date`);
      await searched(page);
      await collect();
      expect(seen).toEqual([]);
      expect(await page.locator('.result').count()).toBeGreaterThan(0);
    }

    await page.goto(ARTICLE);
    await page.locator('[data-language-switch]').first().click();
    await page.waitForURL(`**${SUMMARY}`);
    await collect();

    for (const path of ['/de/karte/', '/en/map/', '/de/chronik/', '/en/timeline/']) {
      await page.goto(path);
      await collect();
    }
    expect(seen).toEqual([]);
  });
});

describe('the policy in the built site', () => {
  const header = headersFileRule();
  const headerDirectives = directives(header['Content-Security-Policy']!);

  it('_headers carries the one definition and the other security headers', () => {
    expect(header['Content-Security-Policy']).toBe(headerPolicy());
    expect(header['X-Content-Type-Options']).toBe('nosniff');
    expect(header['Referrer-Policy']).toBeTruthy();
    expect(header['Permissions-Policy']).toBeTruthy();
    for (const directive of HEADER_ONLY_DIRECTIVES) expect(header['Content-Security-Policy']).toContain(directive);
  });

  it('every built page carries the policy in a meta element, with the same directives as _headers', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const url of pages) {
      const html = readFileSync(fileForUrl(url)!, 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
      expect(metas, url).toHaveLength(1);
      // First in the head, before every stylesheet and script: a meta policy covers only what follows it.
      const position = html.indexOf('<meta http-equiv="content-security-policy"');
      expect(position, url).toBeLessThan(html.indexOf('</head>'));
      const before = html.slice(0, position);
      expect(before, url).not.toMatch(/<script[\s>]|<link rel="stylesheet"|<style[\s>]/);
      const meta = directives(metas[0]![1]!.replaceAll('&#39;', "'"));
      expect(metas[0]![1]!.replaceAll('&#39;', "'"), url).toBe(pagePolicy());
      for (const directive of PAGE_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(meta.get(name!), `${url} ${name}`).toEqual(sources);
        expect(headerDirectives.get(name!), `_headers ${name}`).toEqual(sources);
      }
      // The meta's script-src and style-src are the header's: no hashes, and never 'unsafe-inline'.
      expect(meta.get('script-src'), url).toEqual(headerDirectives.get('script-src'));
      expect(meta.get('script-src'), url).toEqual([...SCRIPT_SOURCES]);
      expect(meta.get('style-src'), url).toEqual(["'self'"]);
      // So a page may hold no inline script but JSON-LD (data, which the policy does not govern), and no style element.
      expect(html, url).not.toMatch(/<script(?! type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>/);
      expect(html, url).not.toMatch(/<style[\s>]/);
      expect(meta.get('style-src-attr'), url).toEqual(headerDirectives.get('style-src-attr'));
    }
  });
});
