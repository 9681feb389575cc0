/**
 * The sharded build end to end: `npm run build -- --shards 3 --jobs 2` in a copy of the project runs the CI
 * matrix's commands (each shard with its search bundles, then the merge) and must give the site that one build of
 * the same content gives (the project's dist/): the same pages, links, files and search results. Then the merge, run again as the CI job runs it, must fail naming a
 * failed shard and its log, and two shards that wrote one path differently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/dist.ts';
import { loadSearch, unloadBundles, type PagefindModule } from '../helpers/pagefind-node.ts';
import { copyProject, PROJECT, type ProjectCopy, type ScriptResult } from '../helpers/project-copy.ts';
import { archiveTexts, contentDigest } from '../../src/record/content-files.ts';
import { catalogCommand, LOG_FILE, RESULT_FILE, SHARD_CATALOG, SHARDS_DIR } from '../../scripts/shards/plan.ts';
import { catalogManifest } from '../../src/catalog/store.ts';
import { filePath, LANGS, pathFor, siteFile } from '../../src/routing/urls.ts';
import { useBrowser } from '../helpers/browser.ts';

const SHARDS = ['--shards', '3', '--catalog-shards', '1'];
/** Sitemap files are named per shard; their entries are compared instead. */
const SITEMAP = /^sitemap-.*\.xml$/;
/** Search bundles are made per shard; their results are compared instead. */
const SEARCH = /^pagefind\//;

let copy: ProjectCopy;
let build: ScriptResult;
/** The project's own site, one build of the same content (tests/global-setup.ts): what the merged site must equal. */
const oneBuild = join(PROJECT, 'dist');

const files = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .filter((file) => !SITEMAP.test(file) && !SEARCH.test(file))
    .sort();

/** Every <url> entry of a site's sitemaps (with its alternates), sorted. */
function sitemapEntries(dist: string): string[] {
  return readdirSync(dist)
    .filter((file) => SITEMAP.test(file) && !file.endsWith('-index.xml'))
    .flatMap((file) => readFileSync(join(dist, file), 'utf8').match(/<url>[\s\S]*?<\/url>/g) ?? [])
    .sort();
}

beforeAll(() => {
  copy = copyProject();
  build = copy.run('build', ...SHARDS, '--jobs', '2');
}, 900_000);

afterAll(() => {
  unloadBundles();
  copy?.remove();
});

describe('a site built in shards and merged', () => {
  const merged = () => join(copy.root, 'dist');

  it('builds: every shard with its search bundles, then the merge', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/merge: 4 shards into dist\/: .*; search bundles joined: de \d, en \d/);
    const shards = readdirSync(join(copy.root, SHARDS_DIR), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    // The plan step's archive catalog, which every shard built from, beside the shards' workspaces.
    expect(shards).toEqual(['catalog', 'catalog-1-of-1', 'documents-1-of-3', 'documents-2-of-3', 'documents-3-of-3']);
    expect(catalogManifest(join(copy.root, SHARD_CATALOG)).content).toBe(contentDigest(join(copy.root, 'content')));
    // Each document shard's build saw only its own documents; the catalog shard saw none (it renders from the catalog).
    const documents = shards.slice(1).map((name) => readdirSync(join(copy.root, SHARDS_DIR, name, 'content', 'articles')).length);
    expect(documents).toEqual([0, 0, 1, 1]);
    expect(documents.reduce((sum, count) => sum + count)).toBe(readdirSync(join(copy.root, 'content', 'articles')).length);
  });

  it('has the same files as one build, byte for byte, but for the sitemap files and the search bundles', () => {
    const ours = files(merged());
    expect(ours).toEqual(files(oneBuild));
    const different = ours.filter((file) => !readFileSync(join(merged(), file)).equals(readFileSync(join(oneBuild, file))));
    expect(different).toEqual([]);
    // Every shard writes the not-found page, linking the faces cut for the whole archive's characters.
    expect(builtSite(merged()).stylesheetsOf('/404.html')).toContain('@font-face');
  });

  it('is built from an archive where a shard cutting the fonts from its own documents would differ', () => {
    // Characters that only one document uses: in a shard without it, a face cut from its own texts would lack them.
    const usedBy = new Map<string, Set<string>>();
    for (const { name, text } of archiveTexts(join(copy.root, 'content'))) {
      for (const character of new Set(text)) usedBy.set(character, (usedBy.get(character) ?? new Set()).add(name));
    }
    const inOneDocument = [...usedBy].filter(([, names]) => names.size === 1 && /content\/(articles|summaries)\//.test([...names][0]!));
    expect(inOneDocument.length).toBeGreaterThan(0);
  });

  it('has the same pages, each with the same links', () => {
    const one = builtSite(oneBuild);
    const sharded = builtSite(merged());
    expect(sharded.pages()).toEqual(one.pages());
    const links = (site: typeof one, page: string) =>
      site
        .loadPage(page)('a[href], link[href]')
        .map((_, element) => element.attribs['href'])
        .get();
    for (const page of one.pages()) expect(links(sharded, page), page).toEqual(links(one, page));
  });

  it('lists the same sitemap entries, under one index of every shard’s child sitemaps', () => {
    expect(sitemapEntries(merged())).toEqual(sitemapEntries(oneBuild));
    const index = readFileSync(join(merged(), siteFile({ kind: 'sitemapIndex' })), 'utf8');
    const children = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => new URL(url!).pathname.slice(1));
    expect(children.sort()).toEqual(
      readdirSync(merged())
        .filter((file) => SITEMAP.test(file) && !file.endsWith('-index.xml'))
        .sort(),
    );
  });

  it("joins every shard's search bundle, each a shard's own pages only", () => {
    for (const lang of LANGS) {
      const parts = JSON.parse(readFileSync(join(merged(), siteFile({ kind: 'searchParts', lang })), 'utf8')) as string[];
      // The shards that built searchable pages in the language, document shards first (the one build's is a single "").
      const expected = ['documents-1-of-3', 'documents-2-of-3', 'documents-3-of-3', 'catalog-1-of-1'].filter((part) =>
        existsSync(join(copy.root, SHARDS_DIR, part, 'dist', siteFile({ kind: 'searchBundle', lang, part, file: 'pagefind-entry.json' }))),
      );
      expect(parts, lang).toEqual(expected);
      // A document shard without documents has no searchable page; the one with the two documents and the catalog shard have.
      expect(parts.length, lang).toBeGreaterThanOrEqual(2);
      expect(JSON.parse(readFileSync(join(oneBuild, siteFile({ kind: 'searchParts', lang })), 'utf8'))).toEqual(['']);
    }
  });

  it('finds every page one build finds, each once; pages only a shard bundle without the word finds come last', async () => {
    for (const lang of LANGS) {
      const [one, sharded] = await Promise.all(
        [oneBuild, merged()].map((dist, side) =>
          loadSearch(join(dist, siteFile({ kind: 'searchBundle', lang })), `${lang}-${side}.shards.test`),
        ),
      );
      let found = 0;
      for (const query of ['Microsoft', 'OpenAI', 'Altman', 'Rechenzentren', 'partnership']) {
        // In relevance order. Each bundle scores its own pages, so near-equal pages may change places.
        const pages = async (search: PagefindModule) =>
          Promise.all((await search.search(query)).results.map(async (result) => (await result.data()).url));
        const expected = await pages(one!);
        const ours = await pages(sharded!);
        expect(new Set(ours).size, `${lang}: ${query}: each page once`).toBe(ours.length);
        expect(ours.filter((page) => expected.includes(page)).sort(), `${lang}: ${query}`).toEqual([...expected].sort());
        // Where a shard's bundle has no word beginning with the query's, Pagefind matches the longest indexed word the
        // query begins with ("Rechenzentren": "Rechen…"): weak matches that one bundle holding the word never makes.
        const onlyOurs = ours.flatMap((page, rank) => (expected.includes(page) ? [] : [rank]));
        expect(Math.min(...onlyOurs), `${lang}: ${query}: ${onlyOurs.length} pages only the sharded search finds`).toBeGreaterThanOrEqual(
          expected.length,
        );
        found += expected.length;
      }
      expect(found, lang).toBeGreaterThan(LANGS.length);
    }
  });
});

describe("the merged site's search page in Chromium", () => {
  const browser = useBrowser('shards', () => ({ root: copy.root, env: {} }));

  it("loads every shard's bundle and shows the pages the joined search finds, in its order", async () => {
    const page = await browser.open();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${pathFor('de', { kind: 'search' })}?q=Altman`);
    await page
      .locator('#search-status')
      .filter({ hasText: /Treffer/ })
      .waitFor();
    while (await page.locator('#more-results').isVisible()) {
      const shown = await page.locator('.result').count();
      await page.locator('#more-results').click();
      await page.waitForFunction((count) => document.querySelectorAll('.result').length > count, shown);
    }
    const shown = await page
      .locator('.result-title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const parts = JSON.parse(readFileSync(join(copy.root, 'dist', siteFile({ kind: 'searchParts', lang: 'de' })), 'utf8')) as string[];
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(fetched).toContain(filePath({ kind: 'searchBundle', lang: 'de', part, file: 'pagefind-entry.json' }));
    const joined = await loadSearch(join(copy.root, 'dist', siteFile({ kind: 'searchBundle', lang: 'de' })), 'de-page.shards.test');
    const expected = await Promise.all((await joined.search('Altman')).results.map(async (result) => (await result.data()).url));
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(1);
  });
});

describe('a shard built again', () => {
  it('keeps its output when its inputs are unchanged (as a CI cache hit restores it)', () => {
    const again = copy.run('build', '--shard', '2/3');
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/shard documents-2-of-3: unchanged since its last build \(inputs [0-9a-f]{12}\)/);
    expect(JSON.parse(readFileSync(join(copy.root, SHARDS_DIR, 'documents-2-of-3', RESULT_FILE), 'utf8'))).toMatchObject({
      status: 0,
      reused: true,
    });
  });
});

describe('the merge job on bad shard outputs', () => {
  const shard = (name: string, file: string) => join(copy.root, SHARDS_DIR, name, file);

  it('fails naming both shards when two wrote one path with different bytes, leaving dist/ as it was', () => {
    const page = shard('catalog-1-of-1', 'dist/index.html');
    const original = readFileSync(page);
    writeFileSync(page, `${original}<!-- changed -->`);
    try {
      const before = readFileSync(join(copy.root, 'dist', 'index.html'));
      const merge = copy.run('build', '--merge', ...SHARDS);
      expect(merge.status).not.toBe(0);
      expect(merge.output).toContain(
        `index.html: shard documents-1-of-3 (${shard('documents-1-of-3', 'dist/index.html')}) and shard catalog-1-of-1 (${page}) wrote different bytes`,
      );
      expect(readFileSync(join(copy.root, 'dist', 'index.html')).equals(before)).toBe(true);
    } finally {
      writeFileSync(page, original);
    }
  });

  it('fails naming the shard that failed and its log', () => {
    const result = shard('documents-2-of-3', RESULT_FILE);
    const original = readFileSync(result, 'utf8');
    writeFileSync(result, JSON.stringify({ ...JSON.parse(original), status: 1 }));
    try {
      const merge = copy.run('build', '--merge', ...SHARDS);
      expect(merge.status).not.toBe(0);
      expect(merge.output).toContain(`shard documents-2-of-3 failed (exit status 1); log: ${shard('documents-2-of-3', LOG_FILE)}`);
    } finally {
      writeFileSync(result, original);
    }
  });
});

/** A summary's new title: the catalog shard, built again, shows it. */
const TITLE = 'Microsoft and OpenAI: a summary retitled for the incremental build';

describe('the catalog shard built again after a summary changed (Astro incremental build)', () => {
  it('renders again only the pages that show the summary, and restores the others from its cache', () => {
    const summary = join(copy.root, 'content', 'summaries', 'microsoft-vertieft-partnerschaft-mit-openai.mdx');
    const original = readFileSync(summary, 'utf8');
    writeFileSync(summary, original.replace(/^title: ".*"$/m, `title: "${TITLE}"`));
    try {
      // The catalog the shards were built from no longer tells the content: a shard refuses it, naming the fix.
      const stale = copy.run('build', '--shard', 'catalog-1/1');
      expect(stale.status).not.toBe(0);
      expect(stale.output).toContain(
        `this catalog was written from another content/ than the one here; write it with \`${catalogCommand().join(' ')}\``,
      );
      // As CI runs it: the plan job's catalog (catalogCommand()), then the shard's job.
      const plan = copy.run('catalog', '--out', SHARD_CATALOG);
      expect(plan.status, plan.output).toBe(0);
      const again = copy.run('build', '--shard', 'catalog-1/1');
      expect(again.status, again.output).toBe(0);
      const catalog = join(copy.root, SHARDS_DIR, 'catalog-1-of-1');
      const log = readFileSync(join(catalog, LOG_FILE), 'utf8');
      // The timeline shows German titles only; the English home lists the summary.
      expect(log).toMatch(/\/de\/chronik\/index\.html\s*\((cached|restored)\)/);
      expect(log).toMatch(/\/en\/index\.html(?!\s*\((cached|restored)\))/);
      expect(log).not.toMatch(/\/en\/index\.html\s*\((cached|restored)\)/);
      expect(readFileSync(join(catalog, 'dist', 'en', 'index.html'), 'utf8')).toContain(TITLE);
    } finally {
      // The document shards were built from the summary as it was: the next suite changes their neighbours alone.
      writeFileSync(summary, original);
    }
  });
});

describe('a document shard whose neighbour in time is new, built again', () => {
  const part = 'documents-2-of-3';
  const workspace = () => join(copy.root, SHARDS_DIR, part);
  const NEWEST = 'altman-nadella-gespraech-nach-umstrukturierung';
  /** Every file of the shard's search bundles, path → bytes. */
  const bundles = () =>
    Object.fromEntries(
      LANGS.flatMap((lang) => {
        const bundle = join(workspace(), 'dist', siteFile({ kind: 'searchBundle', lang, part }));
        return readdirSync(bundle, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => [join(entry.parentPath, entry.name).slice(bundle.length), readFileSync(join(entry.parentPath, entry.name))]);
      }),
    );

  it('links the new article, and keeps its search bundles, which are what indexing its pages again makes', () => {
    const before = bundles();
    const mergedPage = () =>
      builtSite(join(copy.root, 'dist'))
        .loadPage(pathFor('de', { kind: 'document', slug: NEWEST }))
        .html();
    const mergedBefore = mergedPage();
    // Newer than the shard's document, naming no entity: in the first shard, it changes this one's link to the next article only.
    const raw = join(copy.root, 'nachtrag.txt');
    writeFileSync(raw, 'Ein kurzer Nachtrag ohne Namen.\n');
    const added = copy.run(
      'import',
      raw,
      '--slug',
      'ein-kurzer-nachtrag',
      '--title',
      'Ein kurzer Nachtrag',
      '--publisher',
      'Testverlag',
      '--date',
      '2025-12-01',
    );
    expect(added.status, added.output).toBe(0);
    const plan = copy.run('catalog', '--out', SHARD_CATALOG);
    expect(plan.status, plan.output).toBe(0);
    const again = copy.run('build', '--shard', '2/3');
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('its bundles kept: searchable text unchanged');
    // Astro's incremental build renders the page whose link changed and restores the shard's other pages.
    const log = readFileSync(join(workspace(), LOG_FILE), 'utf8');
    const rendered = (path: string) => new RegExp(`${path.replaceAll('/', '\\/')}index\\.html \\(\\+\\d+ms\\)`);
    expect(log).toMatch(rendered(pathFor('de', { kind: 'document', slug: NEWEST })));
    expect(log.match(/\(restored\)/g)?.length ?? 0).toBeGreaterThan(10);
    const page = builtSite(join(workspace(), 'dist')).loadPage(pathFor('de', { kind: 'document', slug: NEWEST }));
    expect(page('.story-neighbours a[rel="next"]').attr('href')).toBe(pathFor('de', { kind: 'document', slug: 'ein-kurzer-nachtrag' }));
    // The merged site links the shards' files (scripts/shards/merge.ts): a shard built again leaves it as it was until the next merge.
    expect(mergedPage()).toBe(mergedBefore);
    expect(mergedBefore).not.toContain('ein-kurzer-nachtrag');
    expect(bundles()).toEqual(before);
    // Pagefind indexing the rebuilt pages afresh makes the same bytes: the new link is not in the index.
    const fresh = spawnSync(process.execPath, [join(copy.root, 'scripts', 'search-index.ts'), '--part', part], {
      cwd: workspace(),
      encoding: 'utf8',
    });
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(bundles()).toEqual(before);
  });
});
