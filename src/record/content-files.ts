/** The content folders read as text, for the checks that run without a build and for the Markdown plugin. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ContentFiles {
  /** Repository-relative path ("content/articles/x.mdx") → text. */
  articles: Map<string, string>;
  summaries: Map<string, string>;
  entities: Map<string, string>;
  events: Map<string, string>;
  /** File name → text of content/sources/*. */
  sources: Map<string, string>;
}

/** Files of one content folder whose names match, sorted: repository-relative path → text. */
export function readContentFolder(root: string, folder: string, names: RegExp): Map<string, string> {
  const dir = join(root, folder);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)
    .filter((file) => names.test(file))
    .sort()) {
    files.set(`content/${folder}/${name}`, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

export function readContentFiles(root: string): ContentFiles {
  return {
    articles: readContentFolder(root, 'articles', /\.mdx$/),
    summaries: readContentFolder(root, 'summaries', /\.mdx$/),
    entities: readContentFolder(root, 'entities', /\.ya?ml$/i),
    events: readContentFolder(root, 'events', /\.ya?ml$/i),
    sources: new Map([...readContentFolder(root, 'sources', /./)].map(([path, text]) => [path.replace(/^.*\//, ''), text])),
  };
}

/** Set for a shard's build (scripts/shards/): the whole archive's content/, since the shard's own content/ holds only its documents. */
export const ARCHIVE_CONTENT_ENV = 'SITE_ARCHIVE_CONTENT';

/** The whole archive's content/ folder: what spans every shard (the CJK font subset) is read from there. */
export function archiveContentDir(): string {
  return process.env[ARCHIVE_CONTENT_ENV] || join(process.cwd(), 'content');
}

/**
 * Every article, summary and entity file of the whole archive (name and text): what the font subsets' characters are
 * read from. Each pass reads the files one at a time, so the archive's text (2.9 GB at 100,000 articles) is never
 * held at once.
 */
export function archiveTexts(root = archiveContentDir()): Iterable<{ name: string; text: string }> {
  const folders = [
    ['articles', /\.mdx$/],
    ['summaries', /\.mdx$/],
    ['entities', /\.ya?ml$/i],
  ] as const;
  return {
    *[Symbol.iterator]() {
      for (const [folder, names] of folders) {
        const dir = join(root, folder);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)
          .filter((file) => names.test(file))
          .sort())
          yield { name: `content/${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') };
      }
    },
  };
}

/**
 * Each archive file's distinct characters beyond ASCII, in file order: all that the font subsets' character sets read
 * (src/page/cjk.ts, text-characters.ts), in one pass, at a fraction of the text's size (ASCII is most of it).
 */
export function archiveCharacters(root = archiveContentDir()): { name: string; text: string }[] {
  return Array.from(archiveTexts(root), ({ name, text }) => ({ name, text: [...new Set(text.match(/[^\0-\x7f]/gu))].join('') }));
}

/**
 * A digest of every file under a content/ folder, names and bytes: the catalog written from it records it, so that
 * a build refuses a catalog written before the folder changed.
 */
export function contentDigest(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
