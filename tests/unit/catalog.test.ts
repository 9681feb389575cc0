/**
 * The catalog: mentions found from the source text are the ones the entity plugin links while Astro
 * renders (same anchors, in page order); the catalog written to disk reads back as the pass handed it
 * on; a document it cannot read, or a damaged catalog file, fails naming the file and the line; a pass
 * after it keeps the entries of unchanged documents and writes what a fresh pass writes.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { documentMentions, hastText } from '../../src/catalog/mentions.ts';
import { MARKDOWN_FEATURES, parseHere, parseMdx, type HastLike } from '../../src/catalog/parse.ts';
import { parseInWorkers } from '../../src/catalog/parse-worker.ts';
import { folderSource, memorySource } from '../../src/catalog/source.ts';
import { catalogManifest, catalogWriter, loadCatalog, sortNewestFirst, type CatalogEntity } from '../../src/catalog/store.ts';
import type { CatalogDocument } from '../../src/catalog/documents.ts';
import { shardView } from '../../src/catalog/shard-view.ts';
import { documentInShard, entityInShard } from '../../src/routing/shards.ts';
import { scanContent } from '../../src/checks/content-check.ts';
import { mentionMatcher, readEntityFolder } from '../../src/entities/entity-files.ts';
import { tallyMentions } from '../../src/entities/mention-index.ts';
import { entityLinks } from '../../src/markdown/entity-links.ts';
import { contentDigest, readContentFiles } from '../../src/record/content-files.ts';
import { formatProblem } from '../../src/record/problems.ts';
import type { Lang } from '../../src/routing/urls.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { writeCatalog } from '../../scripts/catalog.ts';

const CONTENT = join(PROJECT, 'content');
const entities = readEntityFolder(CONTENT).entities;
const plugin = entityLinks(CONTENT);
const FOLDER: Record<Lang, string> = { de: 'articles', en: 'summaries' };

interface Element {
  type: unknown;
  props: { children?: unknown; id?: unknown; className?: unknown };
}
const Fragment = Symbol('Fragment');

/** The ids of the entity links and mention anchors the plugin writes into the page, in page order. */
function renderedAnchors(mdx: string, lang: Lang): string[] {
  const module = evaluate(mdx, {
    Fragment,
    jsx: (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] }),
    jsxs: (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] }),
    features: MARKDOWN_FEATURES,
    hastPlugins: [plugin],
    fileURL: pathToFileURL(join(CONTENT, FOLDER[lang], 'sample.mdx')),
    // The summaries' <Cite> is a component of the site; here it renders nothing.
    useMDXComponents: () => ({ Cite: () => null, ParagraphLinks: () => null }),
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  } as never) as { default: (props: object) => unknown };
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && 'props' in node) {
      const { props } = node as Element;
      if (/^(lede-)?mention-/.test(String(props.id))) found.push(String(props.id));
      visit(props.children);
    }
  };
  visit(module.default({ components: { Cite: () => null } }));
  return found;
}

/** A summary using what hand-written Markdown can: headings (new sections), links and code (never linked), lists, tables, emphasis. */
const MARKDOWN_SAMPLE = `---
title: "x"
---

Microsoft and OpenAI signed. Microsoft's *Satya Nadella* spoke. <Cite p={[1]} />

## Azure and OpenAI

OpenAI runs on [Microsoft Azure](https://example.com) and \`Azure\` code, then **Azure** again. {/* OpenAI */}

- Sam Altman met Satya Nadella.
- Then Microsoft; then OpenAI.

| Who | What |
| --- | --- |
| Microsoft | Azure |

> Nadella said OpenAI matters. Bing too.
`;

describe('catalog mentions', () => {
  const matchers = { de: mentionMatcher(entities, 'de'), en: mentionMatcher(entities, 'en') };
  const files = readContentFiles(CONTENT);
  const documents = [
    ...[...files.articles].map(([file, text]) => ({ file, text, lang: 'de' as const })),
    ...[...files.summaries].map(([file, text]) => ({ file, text, lang: 'en' as const })),
    { file: 'Markdown sample', text: MARKDOWN_SAMPLE, lang: 'en' as const },
  ];

  it.each(documents)('$file: the catalog finds from its source the mentions the plugin links', ({ text, lang }) => {
    const anchors = renderedAnchors(text, lang);
    expect(anchors.length).toBeGreaterThan(3);
    expect(documentMentions(text, matchers[lang]).map((record) => record.anchor)).toEqual(anchors);
  });
});

describe('catalog sentences', () => {
  it('read each block’s text as the parser’s own textContent does (expressions included), the context of a mention’s sentence', async () => {
    const BLOCK = new Set(['p', 'li', 'td', 'blockquote']);
    const native: string[] = [];
    await mdxToJs(MARKDOWN_SAMPLE, {
      features: MARKDOWN_FEATURES,
      hastPlugins: [
        () => ({
          name: 'blocks',
          element: {
            filter: [...BLOCK],
            visit: (node: never, ctx: { textContent(node: never): string }) => void native.push(ctx.textContent(node)),
          },
        }),
      ],
    } as never);
    const ours: string[] = [];
    const visit = (node: HastLike): void => {
      if (BLOCK.has(node.tagName ?? '')) ours.push(hastText(node));
      node.children?.forEach(visit);
    };
    visit(parseMdx(MARKDOWN_SAMPLE));
    expect(native.length).toBeGreaterThan(5);
    expect(ours).toEqual(native);
  });
});

describe('catalog files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read back as the pass handed them on, with each entity’s mention count and co-mentions', async () => {
    const handed: CatalogDocument[] = [];
    const writer = catalogWriter(join(dir, 'catalog'), contentDigest(CONTENT));
    const scan = scanContent(folderSource(CONTENT), (document) => {
      handed.push(document);
      writer.add(document, undefined);
    });
    expect(scan.problems).toEqual([]);
    writer.finish(scan.entities, scan.events);
    cpSync(join(dir, 'catalog'), join(dir, 'first'), { recursive: true });
    const catalog = await loadCatalog(join(dir, 'catalog'));
    const tallies = tallyMentions(
      handed.flatMap(({ article, summary }) => [article, ...(summary ? [summary] : [])].map((page) => ({ records: page.mentions }))),
    );
    expect(catalog).toEqual({ documents: sortNewestFirst([...handed]), entities: scan.entities, events: scan.events, tallies });
    expect(catalog.documents.length).toBeGreaterThan(1);
    expect(tallies.counts.size).toBeGreaterThan(5);
    const lines = readFileSync(join(dir, 'catalog', 'entities.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as CatalogEntity);
    expect(lines.map(({ id, mentions, related }) => [id, mentions, related])).toEqual(
      scan.entities.map(({ id }) => [id, tallies.counts.get(id) ?? 0, tallies.related.get(id) ?? []]),
    );
    expect(lines.filter((line) => line.related.length > 0).length).toBeGreaterThan(5);
    expect(catalogManifest(join(dir, 'catalog'))).toMatchObject({ documents: handed.length, content: contentDigest(CONTENT) });
  });

  it('a shard keeps what its pages show: its own documents whole, of the others their data and its entities’ mentions, and the whole archive’s tallies', async () => {
    const whole = await loadCatalog(join(dir, 'first'));
    const ownEntityMentionsOfOthers: number[] = [];
    for (const index of [1, 2, 3]) {
      const shard = { kind: 'documents', index, count: 3 } as const;
      const kept = await loadCatalog(join(dir, 'first'), shardView(shard));
      expect(kept.tallies).toEqual(whole.tallies);
      expect(kept.entities).toEqual(whole.entities);
      kept.documents.forEach((document, position) => {
        const full = whole.documents[position]!;
        if (documentInShard(document.slug, shard)) return expect(document).toEqual(full);
        const ownMentions = (records: CatalogDocument['article']['mentions']) =>
          records.filter(({ entityId }) => entityInShard(entityId, shard));
        expect(document).toEqual({
          slug: full.slug,
          article: { ...full.article, intro: '', mentions: ownMentions(full.article.mentions) },
          ...(full.summary ? { summary: { ...full.summary, statements: [], mentions: ownMentions(full.summary.mentions) } } : {}),
        });
        ownEntityMentionsOfOthers.push(document.article.mentions.length);
      });
    }
    // Each shard held another shard's document that names one of its entities: the lists of those entities need it.
    expect(ownEntityMentionsOfOthers.filter((count) => count > 0).length).toBeGreaterThan(0);
    const catalogShard = await loadCatalog(join(dir, 'first'), shardView({ kind: 'catalog', index: 1, count: 1 }));
    expect(
      catalogShard.documents.map(({ article, summary }) => [article.intro, article.mentions, summary?.mentions, summary?.statements]),
    ).toEqual(whole.documents.map(({ article, summary }) => [article.intro, [], summary && [], summary && []]));
    expect(shardView(undefined)(whole.documents[0]!)).toBe(whole.documents[0]);
  });

  it('records a digest of the content it was written from, which any change of a file’s bytes or name changes', () => {
    const content = join(dir, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const digests = [contentDigest(content)];
    const article = join(content, 'articles', readdirSync(join(content, 'articles'))[0]!);
    writeFileSync(article, `${readFileSync(article, 'utf8')} `);
    digests.push(contentDigest(content));
    cpSync(article, article.replace(/\.mdx$/, '-2.mdx'));
    rmSync(article);
    digests.push(contentDigest(content));
    expect(new Set(digests).size).toBe(3);
    rmSync(content, { recursive: true });
  });

  it('keeps line and paragraph separators (U+2028, U+2029) inside a title, which JSON writes unescaped', async () => {
    const scan = scanContent(folderSource(CONTENT), () => undefined);
    const whole = await loadCatalog(join(dir, 'first'));
    const title = 'Erste Zeile\u2028zweite Zeile\u2029dritte';
    const [first, ...rest] = whole.documents;
    const changed = { ...first!, article: { ...first!.article, data: { ...first!.article.data, title } } };
    const target = mkdtempSync(join(tmpdir(), 'catalog-separators-'));
    const writer = catalogWriter(join(target, 'catalog'), contentDigest(CONTENT));
    for (const document of [changed, ...rest]) writer.add(document, undefined);
    writer.finish(scan.entities, scan.events);
    const read = await loadCatalog(join(target, 'catalog'));
    rmSync(target, { recursive: true, force: true });
    expect(read.documents.map((document) => document.article.data.title)).toContain(title);
    expect(read.documents).toHaveLength(whole.documents.length);
  });

  it('a damaged line fails naming the file and the line', async () => {
    const file = join(dir, 'catalog', 'documents.jsonl');
    const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [first, '{"slug": ', ...rest].join('\n'));
    await expect(loadCatalog(join(dir, 'catalog'))).rejects.toThrow(`${file}:2: not a catalog line`);
  });

  it('an aborted pass leaves nothing behind, and the catalog written before in place', async () => {
    const writer = catalogWriter(join(dir, 'catalog'), 'digest');
    writer.add((await loadCatalog(join(dir, 'first'))).documents[0]!, undefined);
    writer.abort();
    expect(readdirSync(dir).sort()).toEqual(['catalog', 'first']);
    await expect(loadCatalog(join(dir, 'aborted'))).rejects.toThrow(/no catalog here.*npm run catalog/);
  });
});

describe('catalog pass', () => {
  it('names the file and line of MDX it cannot read, and hands the document on to nobody', () => {
    const files = readContentFiles(CONTENT);
    const [path, text] = [...files.articles][0]!;
    const lines = text.split('\n');
    const at = lines.findIndex((line, index) => index > 12 && line.length > 40);
    lines[at] = `${lines[at]} <b>offen`;
    files.articles.set(path, lines.join('\n'));
    const handed: string[] = [];
    const problems = scanContent(memorySource(files), (document) => handed.push(document.slug)).problems.map(formatProblem);
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${path}:${at + 1}: the MDX cannot be read: Expected a closing tag for \`<b>\``)),
    );
    expect(handed).toHaveLength(files.articles.size - 1);
  });
});

describe('catalog parser in worker threads', () => {
  it('gives the trees and the errors (with their line) of the parser in this thread, across replaced workers', () => {
    const texts = [...readContentFiles(CONTENT).articles.values(), MARKDOWN_SAMPLE];
    const here = texts.map((text) => parseHere(text));
    const stop = parseInWorkers();
    try {
      // More parses than one worker takes: the second half runs in a new worker.
      const inWorkers = Array.from({ length: 2_100 }, (_, index) => parseMdx(texts[index % texts.length]!));
      expect(inWorkers.slice(-texts.length * 2)).toEqual([...here, ...here].slice(-texts.length * 2));
      expect(inWorkers.slice(0, texts.length)).toEqual(here);
      expect(() => parseMdx('eins\n\nzwei <b>drei')).toThrow(/^3:6: Expected a closing tag for `<b>`/);
    } finally {
      stop();
    }
  });
});

describe('catalog reuse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-reuse-'));
  const content = join(dir, 'content');
  const out = join(dir, 'catalog');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Every file of a written catalog, by name. */
  const files = (catalog: string) =>
    Object.fromEntries(readdirSync(catalog).map((name) => [name, readFileSync(join(catalog, name), 'utf8')]));
  /** The catalog a pass with no earlier catalog writes of the content as it is now. */
  const fresh = (code = 'code') => {
    const target = mkdtempSync(join(dir, 'fresh-'));
    expect(writeCatalog(content, target, code)).toMatchObject({ problems: [], reused: 0, unused: 'no earlier catalog' });
    return files(target);
  };
  const [older, newer] = readdirSync(join(CONTENT, 'articles')).sort();
  const article = (name: string) => join(content, 'articles', name);

  it('keeps the entry of each document whose files, code and entities are unchanged, and writes what a fresh pass writes', () => {
    cpSync(CONTENT, content, { recursive: true });
    // Timeline events read their articles' paragraphs: with events, every article they cite is read afresh.
    expect(writeCatalog(content, out, 'code')).toMatchObject({ problems: [], reused: 0, unused: 'no earlier catalog' });
    expect(readdirSync(join(content, 'events')).length).toBeGreaterThan(0);
    expect(writeCatalog(content, out, 'code')).toMatchObject({ problems: [], reused: 0, unused: undefined });
    rmSync(join(content, 'events'), { recursive: true });
    expect(writeCatalog(content, out, 'code')).toMatchObject({ problems: [], reused: 2, unused: undefined });
    expect(files(out)).toEqual(fresh());
  });

  it('reads a document again when its article changed, and its entry says what the article says now', async () => {
    writeFileSync(article(newer!), readFileSync(article(newer!), 'utf8').replace(/^publisher: .*$/m, 'publisher: "Heise online"'));
    expect(writeCatalog(content, out, 'code')).toMatchObject({ problems: [], reused: 1 });
    expect(files(out)).toEqual(fresh());
    const entry = (await loadCatalog(out)).documents.find((document) => document.article.file.endsWith(newer!));
    expect(entry?.article.data.publisher).toBe('Heise online');
  });

  it('reads a document again when only its raw source changed, and reports the text the article lacks', () => {
    const before = files(out);
    const source = readFileSync(article(older!), 'utf8').match(/^source: "(.*)"$/m)![1]!;
    appendFileSync(join(content, 'sources', source), '\nEin Absatz, den der Artikel nicht wiedergibt.\n');
    const pass = writeCatalog(content, out, 'code');
    expect(pass.reused).toBe(1);
    expect(pass.problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^content/articles/${older}: content/sources/${source}:\\d+ is not in the article word for word`)),
    ]);
    // No catalog is written; the one before stays.
    expect(files(out)).toEqual(before);
    cpSync(join(CONTENT, 'sources', source), join(content, 'sources', source));
  });

  it('reads every document again under other code or other entities', () => {
    expect(writeCatalog(content, out, 'other code')).toMatchObject({
      reused: 0,
      unused: 'the earlier catalog was read with other code or entities',
    });
    expect(files(out)).toEqual(fresh('other code'));
    const entity = join(content, 'entities', readdirSync(join(content, 'entities'))[0]!);
    appendFileSync(entity, '\n');
    expect(writeCatalog(content, out, 'other code')).toMatchObject({
      reused: 0,
      unused: 'the earlier catalog was read with other code or entities',
    });
    expect(files(out)).toEqual(fresh('other code'));
  });

  it('reads every document again when the earlier catalog is damaged', () => {
    const keys = join(out, 'keys.jsonl');
    writeFileSync(keys, readFileSync(keys, 'utf8').replace(/^\["/, '["x'));
    expect(writeCatalog(content, out, 'other code')).toMatchObject({ problems: [], reused: 0 });
    writeFileSync(keys, readFileSync(keys, 'utf8').slice(0, 30));
    expect(writeCatalog(content, out, 'other code')).toMatchObject({ problems: [], reused: 0, unused: 'the earlier catalog is damaged' });
    expect(files(out)).toEqual(fresh('other code'));
  });

  it('reads every document again when the earlier catalog is of another format, and says so', () => {
    const manifest = join(out, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"format":\d+/, '"format":2'));
    expect(writeCatalog(content, out, 'other code')).toMatchObject({
      problems: [],
      reused: 0,
      unused: expect.stringMatching(/^the earlier catalog cannot be read: .*catalog format 2, this code reads \d+/),
    });
    expect(files(out)).toEqual(fresh('other code'));
  });
});
