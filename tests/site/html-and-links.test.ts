/** Every built page is valid HTML, and every internal link and fragment resolves: at the site root and under a base path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { GROWN_SITE, sharedBuild } from '../helpers/shared-builds.ts';

const validator = new HtmlValidate(JSON.parse(readFileSync(join(PROJECT, '.htmlvalidate.json'), 'utf8')));

/** Links on `url` that leave no file or no element with the #fragment in `built`; links off the site are skipped. */
function brokenLinks(built: BuiltSite, url: string): string[] {
  const $ = built.loadPage(url);
  const origin = built.site.origin;
  const broken: string[] = [];
  $('[href], [src]').each((_, element) => {
    const value = $(element).attr('href') ?? $(element).attr('src')!;
    const target = new URL(value, `${origin}${url}`);
    if (target.origin !== origin) return;
    const path = target.pathname;
    if (!built.fileForUrl(path)) {
      broken.push(`${value} (no file for ${path})`);
      return;
    }
    const fragment = decodeURIComponent(target.hash.slice(1)).split(':~:')[0]!;
    if (fragment && path.endsWith('/') && !built.idsOn(path).has(fragment)) broken.push(`${value} (no element with id "${fragment}")`);
  });
  return broken;
}

describe('the site at its root', () => {
  const built = builtSite();
  const pages = built.pages();

  it.each(pages)('%s passes html-validate', async (url) => {
    const report = await validator.validateString(readFileSync(built.fileForUrl(url)!, 'utf8'), url);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });

  it.each(pages)('%s: every href/src resolves to a file, every #fragment to an id', (url) => {
    expect(brokenLinks(built, url), `broken links on ${url}`).toEqual([]);
  });
});

describe(`the grown copy, built for a sub-path (SITE_URL=${GROWN_SITE})`, () => {
  let built: BuiltSite;

  beforeAll(async () => {
    const { site, steps } = await sharedBuild('grown');
    expect(steps['build']!.status, steps['build']!.output).toBe(0);
    built = site;
  }, 600_000);

  it('builds every page of the site at its root, each under the base path', () => {
    const rootPages = builtSite().pages();
    expect(rootPages.length).toBeGreaterThan(50);
    expect(built.pages()).toEqual(expect.arrayContaining(rootPages.map((url) => built.at(url))));
    expect(built.pages().every((url) => url.startsWith('/archiv/'))).toBe(true);
  });

  it('links, assets, canonical and alternate URLs all stay under the base path and resolve', () => {
    const broken = built.pages().flatMap((url) => brokenLinks(built, url).map((link) => `${url}: ${link}`));
    expect(broken).toEqual([]);
    const $ = built.loadPage('/archiv/de/');
    const urls = $('[href], [src]')
      .map((_, element) => $(element).attr('href') ?? $(element).attr('src'))
      .get();
    expect(urls.length).toBeGreaterThan(20);
    const outside = urls.filter((value) => !value.startsWith('#') && !value.startsWith('/archiv/') && !value.startsWith(GROWN_SITE));
    expect(outside).toEqual([]);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${GROWN_SITE}de/`);
    expect($('link[hreflang="x-default"]').attr('href')).toBe(GROWN_SITE);
  });
});
