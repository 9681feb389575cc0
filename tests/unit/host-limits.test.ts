/** The deploy's check of a built site against its host's limits, and the bench's breakdown of where the bytes go. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTS, exceededLimits, fittingHosts, hostLimitFailure, type SiteSize } from '../../scripts/hosting/limits.ts';
import { fullestFolder } from '../../scripts/hosting/site-files.ts';
import { weightBreakdown, weightKind } from '../../scripts/bench/weight.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { routeParam, siteFile, type Lang, type PageRef } from '../../src/routing/urls.ts';

/** Where a page lies in dist/. */
const pageFile = (lang: Lang, ref: PageRef) => `${routeParam(lang, ref)}/index.html`;

const small: SiteSize = {
  bytes: 50e6,
  files: 5_000,
  largestFile: { path: 'pagefind/de/pagefind.de_1.pf_meta', bytes: 200_000 },
  fullestFolder: { folder: 'de/artikel', entries: 1_000 },
};

describe('host limits', () => {
  it('a small site fits every host', () => {
    expect(fittingHosts(small)).toEqual(Object.keys(HOSTS));
    expect(hostLimitFailure(small, 'github-pages')).toBeUndefined();
  });

  it('names each exceeded limit with the figure and the limit, and the hosts the site still fits', () => {
    const site: SiteSize = { ...small, bytes: 1_276e6, files: 83_101 };
    expect(exceededLimits(site, HOSTS['github-pages'])).toEqual(['the site is 1,276 MB; GitHub Pages publishes at most 1,000 MB']);
    expect(exceededLimits(site, HOSTS['cloudflare-pages'])).toEqual([
      'the site has 83,101 files; Cloudflare Pages (Free plan) takes at most 20,000',
    ]);
    const message = hostLimitFailure(site, 'github-pages')!;
    expect(message).toContain('does not fit GitHub Pages (https://docs.github.com/');
    expect(message).toContain('It fits: cloudflare-pages-paid');
    expect(message).toContain('netlify (Netlify)');
  });

  it('counts a folder of too many entries against Netlify, and a file too large against Cloudflare', () => {
    const site: SiteSize = {
      ...small,
      largestFile: { path: 'sources/huge.txt', bytes: 30 * 1024 ** 2 },
      fullestFolder: { folder: 'de/artikel', entries: 54_001 },
    };
    expect(exceededLimits(site, HOSTS.netlify)).toEqual([
      'the folder de/artikel/ has 54,001 entries; Netlify takes at most 54,000 per folder',
    ]);
    expect(exceededLimits(site, HOSTS['cloudflare-pages-paid'])).toEqual([
      'sources/huge.txt is 32 MB; Cloudflare Pages (paid plans, PAGES_WRANGLER_MAJOR_VERSION=4) takes files of at most 27 MB',
    ]);
    expect(hostLimitFailure(site, 'netlify')).toContain('It fits: github-pages (GitHub Pages)');
  });

  it('fullestFolder counts files and folders directly inside each folder', () => {
    const paths = [
      'index.html',
      'de/artikel/a/index.html',
      'de/artikel/b/index.html',
      'de/artikel/c/x.txt',
      'de/index.html',
      'en/index.html',
    ];
    // The root holds index.html, de/ and en/; de/artikel/ holds a/, b/ and c/.
    expect(fullestFolder(paths)).toEqual({ folder: '', entries: 3 });
    expect(fullestFolder([...paths, 'de/artikel/d/index.html'])).toEqual({ folder: 'de/artikel', entries: 4 });
  });

  it('the command fails with the message, and passes a site that fits', () => {
    const dist = mkdtempSync(join(tmpdir(), 'host-limits-'));
    try {
      mkdirSync(join(dist, 'sources'));
      writeFileSync(join(dist, 'sources', 'big.txt'), Buffer.alloc(26 * 1024 ** 2));
      const run = (host: string) =>
        execFileSync(process.execPath, [join(PROJECT, 'scripts', 'host-limits.ts'), '--host', host, dist], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
      expect(run('github-pages')).toContain('It fits GitHub Pages.');
      expect(() => run('cloudflare-pages')).toThrow(
        /sources\/big\.txt is 28 MB; Cloudflare Pages \(Free plan\) takes files of at most 27 MB/,
      );
      expect(() => run('heroku')).toThrow(/unknown host "heroku"; one of: github-pages/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('where the bytes go', () => {
  it('sorts each file of the built site by what routing says its path is', () => {
    expect(
      [
        pageFile('de', { kind: 'entity', id: 'sam-altman' }),
        pageFile('en', { kind: 'entity', id: 'sam-altman', page: 2 }),
        pageFile('de', { kind: 'document', slug: 'x' }),
        pageFile('en', { kind: 'document', slug: 'x' }),
        siteFile({ kind: 'source', file: 'x.html' }),
        'pagefind/de/fragment/de_1/7.pf_fragment',
        siteFile({ kind: 'searchParts', lang: 'de' }),
        siteFile({ kind: 'searchBundle', lang: 'en', part: 'documents-2-of-4', file: 'pagefind-entry.json' }),
        'de/index.html',
        'index.html',
        '_astro/global.css',
        'de/artikel/index.html',
      ].map(weightKind),
    ).toEqual([
      'entity',
      'mentions',
      'article',
      'summary',
      'source',
      'pagefind',
      'pagefind',
      'pagefind',
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('adds up bytes and files per kind and in all', () => {
    const { rows, total } = weightBreakdown([
      { path: pageFile('de', { kind: 'document', slug: 'x' }), bytes: 25_000 },
      { path: pageFile('de', { kind: 'document', slug: 'y' }), bytes: 20_000 },
      { path: siteFile({ kind: 'source', file: 'x.txt' }), bytes: 9_000 },
      { path: 'robots.txt', bytes: 100 },
    ]);
    expect(rows.filter((row) => row.files > 0)).toEqual([
      { kind: 'article', bytes: 45_000, files: 2 },
      { kind: 'source', bytes: 9_000, files: 1 },
      { kind: 'other', bytes: 100, files: 1 },
    ]);
    expect(total).toEqual({ bytes: 54_100, files: 4 });
  });
});
