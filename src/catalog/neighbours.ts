/**
 * The story in order: for each document page, the document published just before it and just after it in
 * the page's language, so a reader can go from one to the next.
 */
import { articleDate, type PublicationDate } from '../record/dates.ts';
import { LANGS, type Lang } from '../routing/urls.ts';
import type { CatalogDocument } from './documents.ts';

/** A document next to another in time, as its neighbour's page shows it: in the language of that page. */
export interface StoryNeighbour {
  slug: string;
  title: string;
  published?: PublicationDate | undefined;
}

export interface StoryNeighbours {
  earlier?: StoryNeighbour | undefined;
  later?: StoryNeighbour | undefined;
}

/**
 * A lookup of every document's neighbours per language, over `documents` newest first (getDocuments). Each
 * language reads the chain `listed` gives, the home list's (listedOnHome): every German article, or the English summaries.
 * A German article's neighbours are the articles beside it. An English page steps to the nearest summaries
 * before and after it, so a reader stays in English: past articles still without a summary, and, from a
 * "summary pending" page, on to the summaries around its article's date. Articles without a date sort last
 * in the home list, and so are the earliest here.
 */
export function storyNeighbours(
  documents: readonly CatalogDocument[],
  listed: (lang: Lang) => readonly CatalogDocument[],
): (lang: Lang, slug: string) => StoryNeighbours {
  const byLang = new Map(LANGS.map((lang) => [lang, neighboursIn(documents, new Set(listed(lang)), lang)]));
  return (lang, slug) => {
    const found = byLang.get(lang)!.get(slug);
    if (!found) throw new Error(`neighbours: "${slug}" is no article in content/articles/, so it has no place in the story`);
    return found;
  };
}

function neighboursIn(documents: readonly CatalogDocument[], inChain: Set<CatalogDocument>, lang: Lang): Map<string, StoryNeighbours> {
  const shown = (doc: CatalogDocument): StoryNeighbour => ({
    slug: doc.slug,
    title: lang === 'de' ? doc.article.data.title : doc.summary!.data.title,
    published: articleDate(doc.article.data),
  });
  const result = new Map<string, StoryNeighbours>();
  // Newest first: the last chain document seen is the next one later; a second pass from the end finds the earlier one.
  let later: StoryNeighbour | undefined;
  for (const doc of documents) {
    result.set(doc.slug, { later });
    if (inChain.has(doc)) later = shown(doc);
  }
  let earlier: StoryNeighbour | undefined;
  for (const doc of [...documents].reverse()) {
    result.get(doc.slug)!.earlier = earlier;
    if (inChain.has(doc)) earlier = shown(doc);
  }
  return result;
}
