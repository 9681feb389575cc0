/**
 * A shard's workspace: the project's code and a view of content/ holding only the shard's documents, so the
 * shard is an ordinary `astro build` whose content loaders see only its documents. A workspace per shard also
 * keeps parallel shards apart: Astro writes .astro/ (content modules, data store) and Vite its cache per root.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listedOnHome, type CatalogDocument, type CatalogEvent } from '../../src/catalog/documents.ts';
import { storyNeighbours } from '../../src/catalog/neighbours.ts';
import { shardView } from '../../src/catalog/shard-view.ts';
import { catalogManifest, loadCatalog } from '../../src/catalog/store.ts';
import type { MentionRecord } from '../../src/entities/link-text.ts';
import { drawnOnMap, MAP_ENTITIES } from '../../src/entities/map-layout.ts';
import { relatedShown, type MentionTallies } from '../../src/entities/mention-index.ts';
import { cjkCodePoints } from '../../src/page/cjk.ts';
import { textCodePoints } from '../../src/page/text-characters.ts';
import { archiveCharacters, contentDigest } from '../../src/record/content-files.ts';
import { documentInShard, entityInShard, shardArg, shardName, type Shard } from '../../src/routing/shards.ts';
import { LANGS } from '../../src/routing/urls.ts';
import type { Problem } from '../../src/record/problems.ts';
import { ARTICLE_SCHEMA, EVENT_SCHEMA } from '../../src/record/schemas.ts';
import { readFrontmatter, readYaml } from '../../src/record/yaml-reader.ts';
import { catalogCommand, CODE, codeDigest, linkOrCopy, RESULT_FILE, SHARD_CATALOG, SHARDS_DIR, type ShardResult } from './plan.ts';

/** The files of one folder of content/, sorted (none when it is missing). */
const contentNames = (content: string, folder: string) =>
  existsSync(join(content, folder)) ? readdirSync(join(content, folder)).sort() : [];

const slugOf = (name: string) => name.replace(/\.(mdx|ya?ml)$/i, '');

/**
 * The files of content/ a shard sees, per folder: its documents and what rests on them; a catalog shard, no
 * document at all. Its pages render from the archive catalog, and Astro's content layer holding every body
 * took 13.8 GB at 20,000 articles.
 */
export function shardContent(content: string, shard: Shard): Record<string, string[]> {
  const all = Object.fromEntries(
    ['articles', 'summaries', 'sources', 'entities', 'events'].map((folder) => [folder, contentNames(content, folder)]),
  );
  if (shard.kind === 'catalog') return { articles: [], summaries: [], sources: [], entities: all['entities']!, events: all['events']! };
  const ours = (name: string) => documentInShard(slugOf(name), shard);
  // An unreadable file goes nowhere here: the shard of its slug (or the catalog's check) reports it, naming the file and line.
  const unread: Problem[] = [];
  const articles = all['articles']!.filter(ours);
  const present = new Set(all['sources']);
  const sources = articles.flatMap((name) => {
    const file = `content/articles/${name}`;
    const source = readFrontmatter(file, readFileSync(join(content, 'articles', name), 'utf8'), ARTICLE_SCHEMA, unread)?.data.source;
    // A missing source is the content check's to report, in this shard's build.
    return source && present.has(source) ? [source] : [];
  });
  const events = all['events']!.filter((name) => {
    const file = `content/events/${name}`;
    const article = readYaml(file, readFileSync(join(content, 'events', name), 'utf8'), EVENT_SCHEMA, unread)?.cite.article.id;
    return article !== undefined && documentInShard(article, shard);
  });
  return { articles, summaries: all['summaries']!.filter(ours), sources, entities: all['entities']!, events };
}

/** What a shard takes from the archive catalog that the plan step wrote (`npm run catalog`) besides its own view of content/. */
export interface ShardCatalog {
  /** Where it lies: the shard's build reads it there (CATALOG_DIR) instead of reading all of content/ again. */
  dir: string;
  /** The digest of the content/ it was written from. */
  content: string;
  /** Every document, newest first, as a document shard keeps it (src/catalog/shard-view.ts); none for a catalog shard. */
  documents: CatalogDocument[];
  /** Every timeline event. */
  events: CatalogEvent[];
  /** The whole archive's mention counts and co-mentions. */
  tallies: MentionTallies;
}

/**
 * The catalog at `<project>/.shards/catalog/`, refused unless it was written from the project's content/ as it is now
 * (a catalog of other content would give the shard other lists and neighbours).
 */
export async function shardCatalog(project: string, shard: Shard): Promise<ShardCatalog> {
  const dir = join(project, SHARD_CATALOG);
  const fix = `write it with \`${catalogCommand().join(' ')}\` (\`npm run build -- --shards N\` and the CI plan job do)`;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}: no archive catalog for the shards; ${fix}`);
  const { content } = catalogManifest(dir);
  if (content !== contentDigest(join(project, 'content')))
    throw new Error(`${dir}: this catalog was written from another content/ than the one here; ${fix}`);
  // A catalog shard's inputs take the catalog's digest alone (shardInputs): reading its documents would only cost time
  // (8.9 s and 0.6 GB at 100,000 articles).
  if (shard.kind === 'catalog') return { dir, content, documents: [], events: [], tallies: { counts: new Map(), related: new Map() } };
  const { documents, events, tallies } = await loadCatalog(dir, shardView(shard));
  return { dir, content, documents, events, tallies };
}

/** A shard's two input digests: equal inputs, equal output; equal search inputs, equal search bundles. */
export interface ShardInputs {
  /** Everything the shard's output depends on (its CI cache key). */
  inputs: string;
  /** What its search bundles depend on: all of `inputs` but the page chrome Pagefind does not index. */
  searchInputs: string;
}

/**
 * The digests of what a shard's output depends on: the shard, SITE_URL, the code and the dependencies' lock file,
 * its content view, the whole archive's characters (every page names the font faces cut for them); for a document
 * shard its documents' neighbours in time and what its entity pages show, for a catalog shard the whole catalog.
 * The font faces (in each page's head) and the links to the neighbours (outside the indexed <article>) are page
 * chrome: a new article changes them on pages of other shards, but not what those shards' search bundles hold.
 */
export function shardInputs(project: string, shard: Shard, view: Record<string, string[]>, catalog: ShardCatalog): ShardInputs {
  const everything = createHash('sha256');
  const indexed = createHash('sha256');
  const add = (label: string, bytes: string | Buffer, { chrome = false } = {}) => {
    for (const hash of chrome ? [everything] : [everything, indexed]) hash.update(`${label}\0${bytes.length}\0`).update(bytes);
  };
  add('shard', shardArg(shard));
  add('SITE_URL', process.env['SITE_URL'] ?? '');
  add('code', codeDigest(project));
  for (const [folder, names] of Object.entries(view)) {
    for (const name of names) add(`content/${folder}/${name}`, readFileSync(join(project, 'content', folder, name)));
  }
  // A catalog shard holds no document, but its pages list every one (from the archive catalog).
  if (shard.kind === 'catalog') add('catalog', catalog.content);
  const texts = archiveCharacters(join(project, 'content'));
  add('font characters', [...cjkCodePoints(texts).keys(), ...textCodePoints(texts).keys()].join(','), { chrome: true });
  // A document's pages link the documents published just before and after it, which may lie in other shards.
  if (shard.kind === 'documents') {
    const neighbours = storyNeighbours(catalog.documents, (lang) => listedOnHome(catalog.documents, lang));
    add('neighbours', JSON.stringify(view['articles']!.map((name) => LANGS.map((lang) => neighbours(lang, slugOf(name))))), {
      chrome: true,
    });
    // Document by document: at 100,000 articles the slice is most of the catalog, too long for one string.
    for (const part of entityPagesSlice(catalog, shard)) add('entity pages', JSON.stringify(part));
  }
  return { inputs: everything.digest('hex'), searchInputs: indexed.digest('hex') };
}

/**
 * What the shard's entity pages show of the rest of the archive: each document naming one of its entities (its data
 * and its mentions of them, which give the entities' sentences), the events naming one, and from the archive's
 * tallies each entity's mention count and co-mentions, the mention counts of the entities its page shows as named
 * with it (the sizes in its small map), and whether the map draws it (its page then links to its node). A change to
 * any other text of the archive leaves them, and so the shard, as they were.
 */
function* entityPagesSlice(catalog: ShardCatalog, shard: Shard): Generator<unknown> {
  const ours = (id: string) => entityInShard(id, shard);
  const ourMentions = (mentions: readonly MentionRecord[] = []) => mentions.filter((mention) => ours(mention.entityId));
  for (const { slug, article, summary } of catalog.documents) {
    const [inArticle, inSummary] = [ourMentions(article.mentions), ourMentions(summary?.mentions)];
    if (inArticle.length + inSummary.length > 0) yield [slug, article.data, inArticle, summary?.data, inSummary];
  }
  yield catalog.events.filter((event) => event.data.entities.some((entity) => ours(entity.id)));
  const { counts, related } = catalog.tallies;
  const onMap = drawnOnMap(related, (id) => counts.get(id) ?? 0, MAP_ENTITIES);
  for (const id of [...counts.keys()].filter(ours).sort()) {
    const shown = relatedShown(related, id);
    yield [id, counts.get(id), shown, shown.map(({ entityId }) => counts.get(entityId) ?? 0), onMap.has(id)];
  }
}

export interface Workspace extends ShardInputs {
  root: string;
  documents: number;
  /** The last build's output, kept: it succeeded from the same inputs (locally, or restored from the CI cache). */
  reused: boolean;
}

/**
 * The workspace of `shard` under <project>/.shards/<name>/. Unless its last build succeeded from the same inputs,
 * it is made again: code, content and the last output are replaced (its .astro/ cache stays).
 */
export function prepareWorkspace(project: string, shard: Shard, catalog: ShardCatalog): Workspace {
  const root = join(project, SHARDS_DIR, shardName(shard));
  const view = shardContent(join(project, 'content'), shard);
  const { inputs, searchInputs } = shardInputs(project, shard, view, catalog);
  const documents = view['articles']!.length;
  const resultFile = join(root, RESULT_FILE);
  const last = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as Partial<ShardResult>) : undefined;
  if (last?.status === 0 && last.inputs === inputs && existsSync(join(root, 'dist')))
    return { root, documents, inputs, searchInputs, reused: true };
  mkdirSync(root, { recursive: true });
  for (const entry of [...CODE, 'content', 'node_modules', 'dist', RESULT_FILE])
    rmSync(join(root, entry), { recursive: true, force: true });
  // Copied, not linked: Vite resolves links to their targets, outside the workspace's root.
  for (const entry of CODE) cpSync(join(project, entry), join(root, entry), { recursive: true });
  symlinkSync(realpathSync(join(project, 'node_modules')), join(root, 'node_modules'), 'dir');
  for (const [folder, names] of Object.entries(view)) {
    mkdirSync(join(root, 'content', folder), { recursive: true });
    for (const name of names) linkOrCopy(join(project, 'content', folder, name), join(root, 'content', folder, name));
  }
  return { root, documents, inputs, searchInputs, reused: false };
}
