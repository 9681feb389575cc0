/** The files of a built site as hosts count them: each file's path and size, and the entries of each folder. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One file of the built site: its path inside dist/ with "/" separators, and its size on disk. */
export interface SiteFile {
  path: string;
  bytes: number;
}

/** Every file under `dist`, in a stable order. */
export function siteFiles(dist: string): SiteFile[] {
  const files: SiteFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else files.push({ path, bytes: statSync(join(dir, entry.name)).size });
    }
  };
  walk(dist, '');
  return files;
}

/** The folder with the most direct entries (files and folders), as a host that limits entries per folder counts them. */
export function fullestFolder(paths: readonly string[]): { folder: string; entries: number } {
  const entries = new Map<string, Set<string>>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 0; depth < parts.length; depth += 1) {
      const folder = parts.slice(0, depth).join('/');
      let names = entries.get(folder);
      if (!names) entries.set(folder, (names = new Set()));
      names.add(parts[depth]!);
    }
  }
  let fullest = { folder: '', entries: 0 };
  for (const [folder, names] of entries) if (names.size > fullest.entries) fullest = { folder, entries: names.size };
  return fullest;
}
