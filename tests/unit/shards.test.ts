/** Sharded builds: which shard builds what, the merge of their outputs, and the CI workflow that runs them. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/project-copy.ts';
import { mergeShards } from '../../scripts/shards/merge.ts';
import { shardContent, shardInputs, type ShardCatalog } from '../../scripts/shards/workspace.ts';
import { listedOnHome, type CatalogDocument } from '../../src/catalog/documents.ts';
import { storyNeighbours } from '../../src/catalog/neighbours.ts';
import { folderSource } from '../../src/catalog/source.ts';
import { sortNewestFirst } from '../../src/catalog/store.ts';
import { scanContent } from '../../src/checks/content-check.ts';
import { contentDigest } from '../../src/record/content-files.ts';
import { drawnOnMap, MAP_ENTITIES } from '../../src/entities/map-layout.ts';
import { tallyMentions } from '../../src/entities/mention-index.ts';
import {
  catalogCommand,
  ciMatrix,
  LOG_FILE,
  mergeCommand,
  planShards,
  RESULT_FILE,
  SEARCH_CACHE,
  SHARD_CATALOG,
  SHARDS_DIR,
  shardCommand,
  type Plan,
} from '../../scripts/shards/plan.ts';
import {
  buildsFile,
  buildsPage,
  documentInShard,
  entityInShard,
  parseShard,
  shardArg,
  shardName,
  shardOfKey,
  type Shard,
} from '../../src/routing/shards.ts';
import { joinSitemapIndexes, sitemapFileBase } from '../../src/routing/sitemap.ts';
import { LANGS, type FileRef, type PageRef } from '../../src/routing/urls.ts';

const benchSlug = (index: number) => `artikel-${String(index).padStart(5, '0')}`;

/** The catalog the plan step would write of `content` (as a shard reads it), without writing it. */
function catalogOf(content: string): ShardCatalog {
  const documents: CatalogDocument[] = [];
  const { events } = scanContent(folderSource(content), (document) => documents.push(document));
  const tallies = tallyMentions(
    documents.flatMap(({ article, summary }) => [{ records: article.mentions }, { records: summary?.mentions ?? [] }]),
  );
  return {
    dir: join(content, '..', '.shards', 'catalog'),
    content: contentDigest(content),
    documents: sortNewestFirst(documents),
    events,
    tallies,
  };
}

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project in `root` whose inputs shardInputs can digest: this project's code linked, an empty content/. Returns content/. */
function projectToDigest(prefix: string): string {
  root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'])
    symlinkSync(join(PROJECT, entry), join(root, entry));
  const content = join(root, 'content');
  for (const folder of ['articles', 'summaries', 'sources', 'entities', 'events']) mkdirSync(join(content, folder), { recursive: true });
  return content;
}

const writeArticle = (content: string, slug: string, text: string, title = 'T') =>
  writeFileSync(
    join(content, 'articles', `${slug}.mdx`),
    `---\ntitle: "${title}"\npublisher: "P"\nsource: "${slug}.txt"\n---\n\n${text}\n`,
  );

describe('shard of a document', () => {
  it('reads and writes the --shard forms, and refuses others naming the forms', () => {
    for (const text of ['3/4', 'catalog-1/2', '1/1']) expect(shardArg(parseShard(text))).toBe(text);
    expect(shardName(parseShard('3/4'))).toBe('documents-3-of-4');
    expect(shardName(parseShard('catalog-2/2'))).toBe('catalog-2-of-2');
    for (const bad of ['0/4', '5/4', '3', 'catalog/2', 'x-1/2']) expect(() => parseShard(bad)).toThrow(/write i\/N .* catalog-i\/N/);
  });

  it('a new article changes one document shard, and the inputs of the catalog shards, which hold no document but list them all', () => {
    root = mkdtempSync(join(tmpdir(), 'shard-content-'));
    const content = join(root, 'content');
    for (const folder of ['articles', 'summaries', 'sources', 'entities', 'events']) mkdirSync(join(content, folder), { recursive: true });
    const article = (slug: string) => {
      writeFileSync(join(content, 'articles', `${slug}.mdx`), `---\ntitle: "T"\npublisher: "P"\nsource: "${slug}.txt"\n---\n\nText.\n`);
      writeFileSync(join(content, 'sources', `${slug}.txt`), 'Text.');
    };
    for (let i = 0; i < 60; i += 1) article(benchSlug(i));
    const plan = planShards({ documentShards: 4, catalogShards: 1 });
    const catalog = plan.find((shard) => shard.kind === 'catalog')!;
    const views = () => plan.map((shard) => JSON.stringify(shardContent(content, shard)));
    const catalogInputs = () => shardInputs(root, catalog, shardContent(content, catalog), catalogOf(content)).inputs;
    const before = views();
    const catalogBefore = catalogInputs();
    article('ein-neuer-artikel');
    const changed = views().flatMap((view, i) => (view === before[i] ? [] : [shardName(plan[i]!)]));
    expect(changed).toEqual([shardName(plan.find((shard) => documentInShard('ein-neuer-artikel', shard))!)]);
    expect(shardContent(content, catalog)).toMatchObject({ articles: [], summaries: [], sources: [] });
    expect(catalogInputs()).not.toBe(catalogBefore);
    // Its raw source goes with it, and only the sources of its documents.
    const view = shardContent(
      content,
      plan.find((shard) => shardName(shard) === changed[0])!,
    );
    expect(view['sources']!).toContain('ein-neuer-artikel.txt');
    expect(view['sources']!.map((file) => file.replace('.txt', '.mdx'))).toEqual(view['articles']);
  });

  it("a shard's inputs digest changes with its own documents and the archive's CJK characters, not with others' documents", () => {
    const content = projectToDigest('shard-inputs-');
    const article = (slug: string, text = 'Text.') => writeArticle(content, slug, text);
    for (let i = 0; i < 20; i += 1) article(benchSlug(i));
    const shards = planShards({ documentShards: 2, catalogShards: 1 });
    const digests = () => shards.map((shard) => shardInputs(root, shard, shardContent(content, shard), catalogOf(content)).inputs);
    const before = digests();
    const [ours, theirs] = [0, 1].map((index) =>
      Array.from({ length: 20 }, (_, i) => benchSlug(i)).find((slug) => documentInShard(slug, shards[index]!))!,
    );
    article(ours!, 'Geänderter Text.');
    const changed = digests();
    expect(changed.map((digest, i) => digest !== before[i])).toEqual([true, false, true]);
    article(theirs!, 'Text mit 新智元.');
    expect(digests().map((digest, i) => digest !== changed[i])).toEqual([true, true, true]);
  });

  it("a document shard's search inputs stay when only its page chrome changes: a neighbour's title, the archive's characters", () => {
    const content = projectToDigest('shard-search-inputs-');
    const slugs = Array.from({ length: 20 }, (_, i) => benchSlug(i));
    for (const slug of slugs) writeArticle(content, slug, 'Text.');
    const shards = planShards({ documentShards: 2, catalogShards: 1 });
    const [first, second] = shards as [Shard, Shard];
    const digests = () => [first, second].map((shard) => shardInputs(root, shard, shardContent(content, shard), catalogOf(content)));
    const { documents } = catalogOf(content);
    const neighbours = storyNeighbours(documents, (lang) => listedOnHome(documents, lang));
    // A document of the second shard whose page links one of the first shard's, and so is linked back.
    const theirs = slugs.find((slug) => {
      const { earlier, later } = neighbours('de', slug);
      return documentInShard(slug, second) && [earlier, later].some((neighbour) => neighbour && documentInShard(neighbour.slug, first));
    })!;
    expect(theirs).toBeDefined();
    const before = digests();
    writeArticle(content, theirs, 'Text.', 'Ein neuer Titel');
    const retitled = digests();
    expect(retitled[0]!.inputs, "the first shard's pages link the new title").not.toBe(before[0]!.inputs);
    expect(retitled[0]!.searchInputs).toBe(before[0]!.searchInputs);
    expect(retitled[1]!.searchInputs, 'the document itself is searched').not.toBe(before[1]!.searchInputs);
    writeArticle(content, theirs, 'Text mit 新智元.', 'Ein neuer Titel');
    const newCharacters = digests();
    expect(newCharacters[0]!.inputs, "the first shard's pages name faces cut for the new characters").not.toBe(retitled[0]!.inputs);
    expect(newCharacters[0]!.searchInputs).toBe(retitled[0]!.searchInputs);
  });

  it("a document shard's inputs change when another shard's document names one of its entities differently, not with other text", () => {
    const content = projectToDigest('shard-entities-');
    const shards = planShards({ documentShards: 2, catalogShards: 1 });
    // An entity whose pages the second document shard builds, named in an article of the first.
    const entity = Array.from({ length: 50 }, (_, i) => `person-${i}`).find((id) => entityInShard(id, shards[1]!))!;
    writeFileSync(
      join(content, 'entities', `${entity}.yaml`),
      `kind: person\nname:\n  de: "Vifamo Humar"\n  en: "Vifamo Humar"\ndescription:\n  de: "Eine Person."\n  en: "A person."\n`,
    );
    const slug = Array.from({ length: 50 }, (_, i) => benchSlug(i)).find((candidate) => documentInShard(candidate, shards[0]!))!;
    const article = (text: string) => writeArticle(content, slug, text);
    const digests = () => shards.map((shard) => shardInputs(root, shard, shardContent(content, shard), catalogOf(content)).inputs);
    article('Vifamo Humar sprach am Montag.\n\nEin zweiter Absatz.');
    const before = digests();
    article('Vifamo Humar sprach am Montag.\n\nEin anderer zweiter Absatz.');
    const otherText = digests();
    // The first shard holds the article; the second's entity page does not show the paragraph without the name.
    expect(otherText.map((digest, i) => digest !== before[i])).toEqual([true, false, true]);
    article('Am Dienstag sprach Vifamo Humar.\n\nEin anderer zweiter Absatz.');
    expect(digests().map((digest, i) => digest !== otherText[i])).toEqual([true, true, true]);
  });

  it("a document shard's inputs change with the mention count of an entity its entity page shows beside its own, named in no document of its own", () => {
    const content = projectToDigest('shard-tallies-');
    const shards = planShards({ documentShards: 2, catalogShards: 1 });
    const ids = Array.from({ length: 50 }, (_, i) => `person-${i}`);
    // X: an entity whose pages the second shard builds; Y: one the first shard builds, named with X in one sentence.
    const [x, y] = [ids.find((id) => entityInShard(id, shards[1]!))!, ids.find((id) => entityInShard(id, shards[0]!))!];
    for (const [id, name] of [
      [x, 'Vifamo Humar'],
      [y, 'Kodal Zentra'],
    ] as const)
      writeFileSync(
        join(content, 'entities', `${id}.yaml`),
        `kind: person\nname:\n  de: "${name}"\n  en: "${name}"\ndescription:\n  de: "Eine Person."\n  en: "A person."\n`,
      );
    const [together, alone] = Array.from({ length: 50 }, (_, i) => benchSlug(i)).filter((slug) => documentInShard(slug, shards[0]!));
    writeArticle(content, together!, 'Vifamo Humar traf Kodal Zentra am Montag.');
    const digests = () => shards.map((shard) => shardInputs(root, shard, shardContent(content, shard), catalogOf(content)).inputs);
    writeArticle(content, alone!, 'Kodal Zentra sprach. Ein zweiter Satz.');
    const before = digests();
    writeArticle(content, alone!, 'Kodal Zentra sprach. Kodal Zentra schwieg.');
    // X's page sizes Y in its small map by Y's mentions in the whole archive: one more, and the second shard builds again.
    expect(digests().map((digest, i) => digest !== before[i])).toEqual([true, true, true]);
  });

  it("a document shard's inputs change when one of its entities leaves the map, which its page then no longer links", () => {
    const content = projectToDigest('shard-map-');
    const shards = planShards({ documentShards: 2, catalogShards: 1 });
    const capital = (n: number): string => (n >= 26 ? capital(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
    const entity = (id: string, name: string) =>
      writeFileSync(
        join(content, 'entities', `${id}.yaml`),
        `kind: organisation\nname:\n  de: "${name}"\n  en: "${name}"\ndescription:\n  de: "Eine Firma."\n  en: "A firm."\n`,
      );
    // MAP_ENTITIES entities named in pairs, twice each; the last by id, X, is one whose pages the second shard builds.
    const x = Array.from({ length: 200 }, (_, i) => `z-${i}`).find((id) => entityInShard(id, shards[1]!))!;
    const ids = [...Array.from({ length: MAP_ENTITIES - 1 }, (_, i) => `a-${String(i).padStart(3, '0')}`), x];
    ids.forEach((id, i) => entity(id, `Testfirma ${capital(i)}`));
    entity('w-one', 'Neufirma Eins');
    entity('w-two', 'Neufirma Zwei');
    const pairs = Array.from({ length: MAP_ENTITIES / 2 }, (_, i) => `Testfirma ${capital(2 * i)} traf Testfirma ${capital(2 * i + 1)}.`);
    const [named, pusher] = Array.from({ length: 50 }, (_, i) => benchSlug(i)).filter((slug) => documentInShard(slug, shards[0]!));
    writeArticle(content, named!, [...pairs, ...pairs].join('\n\n'));
    writeArticle(content, pusher!, 'Ein Satz ohne Namen.');
    const onMap = () => {
      const { related, counts } = catalogOf(content).tallies;
      return drawnOnMap(related, (id) => counts.get(id) ?? 0, MAP_ENTITIES);
    };
    expect(onMap().has(x)).toBe(true);
    const digests = () => shards.map((shard) => shardInputs(root, shard, shardContent(content, shard), catalogOf(content)).inputs);
    const before = digests();
    // Two entities named three times each now rank first: X, the last of the equals, leaves the map.
    writeArticle(content, pusher!, Array.from({ length: 3 }, () => 'Neufirma Eins traf Neufirma Zwei.').join('\n\n'));
    expect(onMap().has(x)).toBe(false);
    expect(digests().map((digest, i) => digest !== before[i])).toEqual([true, true, true]);
  });

  it('balances the bench corpus (artikel-00000 …): every shard within 5 % of the mean at 10,000 and 100,000 articles', () => {
    for (const [articles, shards] of [
      [10_000, 4],
      [100_000, 20],
    ] as const) {
      const counts = new Array<number>(shards).fill(0);
      for (let i = 0; i < articles; i += 1) counts[shardOfKey(benchSlug(i), shards) - 1]! += 1;
      const mean = articles / shards;
      expect(Math.max(...counts.map((count) => Math.abs(count - mean) / mean))).toBeLessThan(0.05);
    }
  });
});

describe('which shard builds a page or file', () => {
  const plan = planShards({ documentShards: 3, catalogShards: 2 });
  const builders = (builds: (shard: Shard) => boolean) => plan.filter(builds).map(shardName);

  it('every page in exactly one shard: documents and entity pages in document shards, every other page in a catalog shard', () => {
    const refs: PageRef[] = [
      ...Array.from({ length: 20 }, (_, i): PageRef => ({ kind: 'document', slug: benchSlug(i) })),
      ...Array.from({ length: 5 }, (_, i): PageRef => ({ kind: 'home', page: i + 1 })),
      ...Array.from({ length: 5 }, (_, i): PageRef => ({ kind: 'entity', id: 'sam-altman', page: i + 1 })),
      ...(['entities', 'map', 'search', 'pending', 'timeline', 'notFound', 'feed'] as const).map((kind): PageRef => ({ kind })),
    ];
    for (const lang of LANGS) {
      for (const ref of refs) {
        const shards = builders((shard) => buildsPage(shard, lang, ref));
        expect(shards, `${lang} ${JSON.stringify(ref)}`).toHaveLength(1);
        expect(shards[0]!.startsWith(ref.kind === 'document' || ref.kind === 'entity' ? 'documents-' : 'catalog-')).toBe(true);
      }
    }
    // All pages of an entity's list, in both languages, in one shard; the entities spread over all document shards.
    expect(
      new Set(
        LANGS.flatMap((lang) =>
          refs.filter((ref) => ref.kind === 'entity').flatMap((ref) => builders((shard) => buildsPage(shard, lang, ref))),
        ),
      ).size,
    ).toBe(1);
    const entityShards = new Set(Array.from({ length: 30 }, (_, i) => builders((shard) => entityInShard(`entity-${i}`, shard))[0]));
    expect([...entityShards].sort()).toEqual(['documents-1-of-3', 'documents-2-of-3', 'documents-3-of-3']);
    expect(builders((shard) => buildsPage(shard, undefined, { kind: 'home' }))).toHaveLength(1);
    // Both languages of a document together, with its raw source.
    const slug = benchSlug(7);
    const [shard] = builders((shard) => documentInShard(slug, shard));
    expect(builders((s) => buildsPage(s, 'en', { kind: 'document', slug }))).toEqual([shard]);
    expect(builders((s) => buildsFile(s, { kind: 'source', file: `${slug}.txt` }, slug))).toEqual([shard]);
  });

  it('every file beside the pages in exactly one catalog shard; one build builds everything', () => {
    const files: FileRef[] = [
      { kind: 'robots' },
      { kind: 'font', file: 'cjk-400-abc.woff2' },
      ...LANGS.flatMap((lang): FileRef[] => [
        { kind: 'entityNames', lang },
        { kind: 'entityCard', lang, id: 'openai' },
      ]),
    ];
    for (const ref of files) expect(builders((shard) => buildsFile(shard, ref))).toEqual([expect.stringMatching(/^catalog-/)]);
    expect(buildsPage(undefined, 'de', { kind: 'document', slug: 'x' }) && buildsFile(undefined, { kind: 'robots' })).toBe(true);
  });
});

describe('sitemap of a sharded site', () => {
  it("joins the shards' sitemap indexes into one index of every child", () => {
    const index = (children: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children.map((child) => `<sitemap><loc>https://example.org/${child}</loc></sitemap>`).join('')}</sitemapindex>`;
    expect(joinSitemapIndexes([index(['a-0.xml']), index(['b-0.xml', 'b-1.xml'])])).toBe(index(['a-0.xml', 'b-0.xml', 'b-1.xml']));
    expect(() => joinSitemapIndexes([])).toThrow(/no shard wrote a sitemap index/);
    expect(sitemapFileBase()).toBe('sitemap');
    expect(sitemapFileBase(parseShard('2/4'))).toBe('sitemap-documents-2-of-4');
  });
});

describe('merging the shards', () => {
  const plan = planShards({ documentShards: 2, catalogShards: 1 });
  const [first, second, catalog] = plan.map(shardName) as [string, string, string];

  /** Shard outputs as a job leaves them: dist/ files, the log and the result. */
  function shards(outputs: Record<string, { status?: number; files: Record<string, string> } | undefined>): {
    dir: string;
    target: string;
  } {
    root = mkdtempSync(join(tmpdir(), 'merge-'));
    const dir = join(root, '.shards');
    for (const [name, output] of Object.entries(outputs)) {
      if (!output) continue;
      mkdirSync(join(dir, name), { recursive: true });
      for (const [file, text] of Object.entries(output.files)) {
        mkdirSync(dirname(join(dir, name, 'dist', file)), { recursive: true });
        writeFileSync(join(dir, name, 'dist', file), text);
      }
      writeFileSync(join(dir, name, LOG_FILE), 'log');
      writeFileSync(
        join(dir, name, RESULT_FILE),
        JSON.stringify({ shard: name, inputs: '', status: output.status ?? 0, seconds: 1, peakBytes: 1, documents: 1, reused: false }),
      );
    }
    const target = join(root, 'dist');
    mkdirSync(target);
    writeFileSync(join(target, 'earlier.html'), 'an earlier build');
    return { dir, target };
  }
  const sitemapIndex = (name: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-${name}-0.xml</loc></sitemap></sitemapindex>`;

  it('unites the outputs; paths written twice with the same bytes are one file; the sitemap indexes become one; the search bundles are listed', () => {
    const entry = (shard: string, lang: string) => ({ [`pagefind/${lang}/${shard}/pagefind-entry.json`]: '{}' });
    const { dir, target } = shards({
      [first]: {
        files: {
          'de/artikel/a/index.html': 'a',
          'index.html': 'chooser',
          [`sitemap-${first}-index.xml`]: sitemapIndex(first),
          ...entry(first, 'de'),
        },
      },
      [second]: { files: { 'de/artikel/b/index.html': 'b', 'index.html': 'chooser', ...entry(second, 'de'), ...entry(second, 'en') } },
      [catalog]: { files: { 'de/index.html': 'home', 'index.html': 'chooser', [`sitemap-${catalog}-index.xml`]: sitemapIndex(catalog) } },
    });
    // 4 pages, 3 bundle entries, the sitemap index and a parts file per language.
    expect(mergeShards(plan, dir, target)).toEqual({ files: 10, shared: 2, searchParts: { de: 2, en: 1 } });
    expect(JSON.parse(readFileSync(join(target, 'pagefind/de/parts.json'), 'utf8'))).toEqual([first, second]);
    expect(JSON.parse(readFileSync(join(target, 'pagefind/en/parts.json'), 'utf8'))).toEqual([second]);
    expect(readFileSync(join(target, 'de/artikel/b/index.html'), 'utf8')).toBe('b');
    expect(readFileSync(join(target, 'sitemap-index.xml'), 'utf8')).toBe(joinSitemapIndexes([sitemapIndex(first), sitemapIndex(catalog)]));
    expect(() => readFileSync(join(target, 'earlier.html'))).toThrow();
  });

  it('merging again updates the last merged site: a shard rebuilt brings its new files, and files no shard writes now go', () => {
    const { dir, target } = shards({
      [first]: { files: { 'de/artikel/a/index.html': 'a', 'de/artikel/gone/index.html': 'gone' } },
      [second]: { files: { 'de/artikel/b/index.html': 'b' } },
      [catalog]: { files: { 'de/index.html': 'home' } },
    });
    mergeShards(plan, dir, target);
    const kept = statSync(join(target, 'de/artikel/b/index.html')).ino;
    // The first shard built again, as a shard's build writes its dist/ anew: one page changed, one removed.
    rmSync(join(dir, first, 'dist'), { recursive: true });
    mkdirSync(join(dir, first, 'dist', 'de/artikel/a'), { recursive: true });
    writeFileSync(join(dir, first, 'dist', 'de/artikel/a/index.html'), 'a, revised');
    mergeShards(plan, dir, target);
    expect(readFileSync(join(target, 'de/artikel/a/index.html'), 'utf8')).toBe('a, revised');
    expect(existsSync(join(target, 'de/artikel/gone'))).toBe(false);
    expect(readFileSync(join(target, 'de/artikel/b/index.html'), 'utf8')).toBe('b');
    expect(statSync(join(target, 'de/artikel/b/index.html')).ino).toBe(kept);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('fails naming both shards when two write one path with different bytes, and leaves the target as it was', () => {
    const { dir, target } = shards({
      [first]: { files: { 'index.html': 'chooser', 'de/artikel/a/index.html': 'a' } },
      [second]: { files: { 'index.html': 'chooser' } },
      [catalog]: { files: { 'index.html': 'another chooser' } },
    });
    expect(() => mergeShards(plan, dir, target)).toThrow(
      `index.html: shard ${first} (${join(dir, first, 'dist', 'index.html')}) and shard ${catalog} (${join(dir, catalog, 'dist', 'index.html')}) wrote different bytes`,
    );
    expect(readFileSync(join(target, 'earlier.html'), 'utf8')).toBe('an earlier build');
    expect(() => readFileSync(join(target, 'de/artikel/a/index.html'))).toThrow();
  });

  it('fails naming each shard that failed or left no result, with its log, and merges nothing', () => {
    const { dir, target } = shards({ [first]: { files: { 'a.html': 'a' } }, [second]: { status: 1, files: {} }, [catalog]: undefined });
    const error = (() => {
      try {
        mergeShards(plan, dir, target);
      } catch (caught) {
        return String(caught);
      }
      return 'merged';
    })();
    expect(error).toContain(`shard ${second} failed (exit status 1); log: ${join(dir, second, LOG_FILE)}`);
    expect(error).toContain(`shard ${catalog}: no result in ${join(dir, catalog, RESULT_FILE)}`);
    expect(error).not.toContain(`shard ${first}`);
    expect(() => readFileSync(join(target, 'a.html'))).toThrow();
  });
});

describe('the GitHub Actions workflow', () => {
  const text = readFileSync(join(PROJECT, '.github', 'workflows', 'deploy.yml'), 'utf8');
  const workflow = parse(text) as {
    env: { SHARDS: number; CATALOG_SHARDS: number };
    jobs: Record<string, { needs?: string | string[]; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const plan: Plan = { documentShards: workflow.env.SHARDS, catalogShards: workflow.env.CATALOG_SHARDS };
  /** A job's `run` lines with the workflow's env and one matrix entry written in. */
  const runs = (job: string, matrix: Record<string, string> = {}) =>
    workflow.jobs[job]!.steps.flatMap((step) =>
      step.run
        ? [
            step.run
              .replace(/\$\{\{ env\.(\w+) \}\}/g, (_, name: 'SHARDS' | 'CATALOG_SHARDS') => String(workflow.env[name]))
              .replace(/\$\{\{ matrix\.(\w+) \}\}/g, (_, name: string) => matrix[name]!),
          ]
        : [],
    );

  it('is a valid workflow for @action-validator/core (which refuses a broken one)', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
    expect(validateWorkflow(text.replace('runs-on: ubuntu-latest', 'runs-on-machine: ubuntu-latest')).errors).not.toEqual([]);
  });

  it('runs the commands `npm run build -- --shards N --jobs J` runs: the catalog, a matrix job per shard, then the merge, then deploy', () => {
    for (const { shard } of ciMatrix(plan).include) expect(runs('shard', { shard })).toContain(shardCommand(parseShard(shard)).join(' '));
    expect(runs('merge')).toContain(mergeCommand(plan).join(' '));
    expect(runs('plan')).toContain(catalogCommand().join(' '));
    // The plan job hands its catalog on; each shard job lays it where `npm run build -- --shard` reads it, before the build.
    const step = (job: string, uses: string) =>
      workflow.jobs[job]!.steps.findIndex((s) => s.uses === uses && s.with?.['name'] === 'catalog');
    expect(workflow.jobs['plan']!.steps[step('plan', 'actions/upload-artifact@v4')]?.with?.['path']).toBe(SHARD_CATALOG);
    const download = step('shard', 'actions/download-artifact@v4');
    expect(workflow.jobs['shard']!.steps[download]?.with?.['path']).toBe(SHARD_CATALOG);
    expect(download).toBeLessThan(workflow.jobs['shard']!.steps.findIndex((s) => s.run?.includes('--inputs-digest')));
    // The plan job restores the last run's catalog where its catalog step writes, so unchanged documents keep their entries.
    const planSteps = workflow.jobs['plan']!.steps;
    const restore = planSteps.findIndex((s) => s.uses === 'actions/cache@v4' && s.with?.['path'] === SHARD_CATALOG);
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(planSteps.findIndex((s) => s.run?.includes(catalogCommand().join(' '))));
    // Each shard job restores the last run's search cache where its build looks for it, before the build.
    const shardSteps = workflow.jobs['shard']!.steps;
    const searchCache = shardSteps.findIndex(
      (s) => s.uses === 'actions/cache@v4' && s.with?.['path'] === `${SHARDS_DIR}/\${{ matrix.name }}/${SEARCH_CACHE}`,
    );
    expect(searchCache).toBeGreaterThanOrEqual(0);
    expect(searchCache).toBeLessThan(shardSteps.findIndex((s) => s.run?.startsWith('npm run build -- --shard ')));
    expect(runs('plan').join('\n')).toContain(
      `npm run --silent build -- --matrix --shards ${plan.documentShards} --catalog-shards ${plan.catalogShards}`,
    );
    expect(workflow.jobs['merge']!.needs).toContain('shard');
    expect(workflow.jobs['deploy']!.needs).toBe('merge');
    expect(workflow.jobs['merge']!.steps.map((step) => step.uses)).toContain('actions/upload-pages-artifact@v3');
  });
});
