/** Splitting a long list into numbered pages (1-based). */

/** Articles (or summaries) listed per home page. */
export const DOCUMENTS_PER_PAGE = 50;

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function pageSlice<T>(items: T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** Page numbers to link: the first, the last and a window around the current page; `null` marks a gap. */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let number = 1; number <= pages; number += 1) {
    if (number === 1 || number === pages || Math.abs(number - page) <= radius) shown.push(number);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
