/**
 * Where the English statements stand beside a German article read in parallel (≥ 1200 px): each statement
 * once, beside the first paragraph it cites, spanning the rows down to the next paragraph that has statements
 * of its own, so the German column runs on without gaps while the English beside it lasts.
 */
import type { Statement } from './statements.ts';

export interface ParallelRow {
  /** The statements whose first cited paragraph this is, in summary order. */
  statements: Statement[];
  /** How many blocks of the article the statements stand beside, from this one on (at most MAX_ROWS). */
  rows: number;
}

/** The most rows statements span; src/styles/parallel.css has a rule for every span from 2 to this. */
export const MAX_ROWS = 8;

const cache = new WeakMap<ReadonlyMap<number, readonly Statement[]>, Map<number, ParallelRow>>();

/** Paragraph number → the statements standing beside it, from the map of paragraph → citing statements. */
export function parallelRows(citedBy: ReadonlyMap<number, readonly Statement[]>): Map<number, ParallelRow> {
  const cached = cache.get(citedBy);
  if (cached) return cached;
  const rows = new Map<number, ParallelRow>();
  const placed = new Set<string>();
  for (const number of [...citedBy.keys()].sort((a, b) => a - b)) {
    const first = citedBy.get(number)!.filter((statement) => !placed.has(statement.id));
    if (first.length === 0) continue;
    for (const statement of first) placed.add(statement.id);
    rows.set(number, { statements: first, rows: MAX_ROWS });
  }
  // Each row group ends where the next begins; the last one spans as far as it may.
  const starts = [...rows.keys()];
  starts.forEach((number, index) => {
    const next = starts[index + 1];
    if (next !== undefined) rows.get(number)!.rows = Math.min(next - number, MAX_ROWS);
  });
  cache.set(citedBy, rows);
  return rows;
}
