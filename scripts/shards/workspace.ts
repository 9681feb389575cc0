/**
 * A shard's workspace: the project's code and a view of content/ holding only the shard's documents, so the
 * shard is an ordinary `astro build` whose content loaders see only its documents. A workspace per shard also
 * keeps parallel shards apart: Astro writes .astro/ (content modules, data store) and Vite its cache per root.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { documentInShard, shardName, type Shard } from '../../src/routing/shards.ts';
import type { Problem } from '../../src/record/problems.ts';
import { ARTICLE_SCHEMA, EVENT_SCHEMA } from '../../src/record/schemas.ts';
import { readFrontmatter, readYaml } from '../../src/record/yaml-reader.ts';
import { SHARDS_DIR } from './plan.ts';

/** What a build reads besides content/ and node_modules/ (copied: Vite resolves links to their targets, outside the root). */
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const slugOf = (name: string) => name.replace(/\.(mdx|ya?ml)$/i, '');

/** The files of content/ a shard sees, per folder: every file for a catalog shard; else its documents and what rests on them. */
export function shardContent(content: string, shard: Shard): Record<string, string[]> {
  const names = (folder: string) => (existsSync(join(content, folder)) ? readdirSync(join(content, folder)).sort() : []);
  const all = Object.fromEntries(['articles', 'summaries', 'sources', 'entities', 'events'].map((folder) => [folder, names(folder)]));
  if (shard.kind === 'catalog') return all;
  const ours = (name: string) => documentInShard(slugOf(name), shard);
  // An unreadable file goes nowhere here: the shard of its slug (or the catalog's check) reports it, naming the file and line.
  const unread: Problem[] = [];
  const articles = all['articles']!.filter(ours);
  const sources = articles.flatMap((name) => {
    const file = `content/articles/${name}`;
    const source = readFrontmatter(file, readFileSync(join(content, 'articles', name), 'utf8'), ARTICLE_SCHEMA, unread)?.data.source;
    return source ? [source] : [];
  });
  const events = all['events']!.filter((name) => {
    const file = `content/events/${name}`;
    const article = readYaml(file, readFileSync(join(content, 'events', name), 'utf8'), EVENT_SCHEMA, unread)?.cite.article.id;
    return article !== undefined && documentInShard(article, shard);
  });
  return { articles, summaries: all['summaries']!.filter(ours), sources, entities: all['entities']!, events };
}

/** Hard links where the file system allows (no bytes copied), copies elsewhere. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Makes (again) the workspace of `shard` under <project>/.shards/<name>/ and returns its root. Its .astro/ cache
 * stays; code, content and the last output are replaced.
 */
export function prepareWorkspace(project: string, shard: Shard): { root: string; documents: number } {
  const root = join(project, SHARDS_DIR, shardName(shard));
  mkdirSync(root, { recursive: true });
  for (const entry of [...CODE, 'content', 'node_modules', 'dist']) rmSync(join(root, entry), { recursive: true, force: true });
  for (const entry of CODE) cpSync(join(project, entry), join(root, entry), { recursive: true });
  symlinkSync(realpathSync(join(project, 'node_modules')), join(root, 'node_modules'), 'dir');
  const view = shardContent(join(project, 'content'), shard);
  for (const [folder, names] of Object.entries(view)) {
    mkdirSync(join(root, 'content', folder), { recursive: true });
    for (const name of names) linkOrCopy(join(project, 'content', folder, name), join(root, 'content', folder, name));
  }
  return { root, documents: view['articles']!.length };
}
