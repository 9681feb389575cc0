/**
 * Where the catalog pass reads content from, one file at a time: the content folder on disk (the build,
 * `npm run check`, `npm run catalog`) or files held in memory (tests and tools that change a copy).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../record/content-files.ts';

export type ContentFolder = keyof ContentFiles;

export interface ContentSource {
  /** File names in the folder, sorted; only those its collection reads (*.mdx, *.yaml). */
  names(folder: ContentFolder): string[];
  /** The text of content/<folder>/<name>, or undefined when there is no such file. */
  read(folder: ContentFolder, name: string): string | undefined;
}

/** Which files of each folder belong to its collection (content/sources/ holds any file). */
export const CONTENT_NAMES: Record<ContentFolder, RegExp> = {
  articles: /\.mdx$/,
  summaries: /\.mdx$/,
  entities: /\.ya?ml$/i,
  events: /\.ya?ml$/i,
  sources: /./,
};

/** The content folder `root` (holding articles/, summaries/, …), read file by file: nothing is held. */
export function folderSource(root: string): ContentSource {
  return {
    names: (folder) => {
      const dir = join(root, folder);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => CONTENT_NAMES[folder].test(name))
            .sort()
        : [];
    },
    read: (folder, name) => {
      const path = join(root, folder, name);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  };
}

/** Files already read (readContentFiles), e.g. a copy a test changes. */
export function memorySource(files: ContentFiles): ContentSource {
  const path = (folder: ContentFolder, name: string) => (folder === 'sources' ? name : `content/${folder}/${name}`);
  return {
    names: (folder) => [...files[folder].keys()].map((key) => key.replace(/^.*\//, '')).sort(),
    read: (folder, name) => files[folder].get(path(folder, name)),
  };
}
