/** Where a built site's bytes and files go, by the kind of page or file that routing says each path is. */
import { siteEntryFor } from '../../src/routing/urls.ts';
import type { SiteFile } from '../hosting/site-files.ts';

export const WEIGHT_KINDS = {
  entity: 'entity pages (first page)',
  mentions: 'entity pages\' further "mentioned in" pages',
  article: 'German article pages',
  summary: 'English summary pages (pending included)',
  source: 'raw sources',
  pagefind: 'Pagefind bundles',
  other: 'other (lists, map, timeline, search, feeds, assets, …)',
} as const;

export type WeightKind = keyof typeof WEIGHT_KINDS;

/** The kind of one file of the built site, by its path inside dist/. */
export function weightKind(path: string): WeightKind {
  const entry = siteEntryFor(path);
  if (!entry) return 'other';
  if ('file' in entry) {
    const { kind } = entry.file;
    return kind === 'source' ? 'source' : kind === 'searchBundle' || kind === 'searchParts' ? 'pagefind' : 'other';
  }
  const { lang, ref } = entry.page;
  if (ref.kind === 'entity') return (ref.page ?? 1) > 1 ? 'mentions' : 'entity';
  if (ref.kind === 'document') return lang === 'de' ? 'article' : 'summary';
  return 'other';
}

export interface WeightRow {
  kind: WeightKind;
  bytes: number;
  files: number;
}

/** Bytes and files per kind, in the order of WEIGHT_KINDS, plus the total. */
export function weightBreakdown(files: readonly SiteFile[]): { rows: WeightRow[]; total: { bytes: number; files: number } } {
  const rows = new Map((Object.keys(WEIGHT_KINDS) as WeightKind[]).map((kind) => [kind, { kind, bytes: 0, files: 0 }]));
  for (const file of files) {
    const row = rows.get(weightKind(file.path))!;
    row.bytes += file.bytes;
    row.files += 1;
  }
  const total = { bytes: 0, files: 0 };
  for (const row of rows.values()) {
    total.bytes += row.bytes;
    total.files += row.files;
  }
  return { rows: [...rows.values()], total };
}
