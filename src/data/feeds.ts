/** The RSS feed of each language, from the catalog: the newest German articles, or the newest English summaries (inFeed). */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { CatalogArticle, CatalogSummary } from '../catalog/documents.ts';
import { inFeed } from '../catalog/documents.ts';
import { getDocuments } from './documents.ts';
import { strings } from '../i18n/index.ts';
import { urlFor, type Lang } from '../routing/urls.ts';
import { articleDate, feedDate } from '../record/dates.ts';

/** The feed's name, also the title of the <link> that announces it on every page. */
export function feedTitle(lang: Lang): string {
  const t = strings(lang);
  return `${t.siteName} · ${t.home.title}`;
}

export async function feedOptions(lang: Lang, site: URL): Promise<RSSOptions> {
  const documents = inFeed(await getDocuments(), lang);
  return {
    title: feedTitle(lang),
    description: strings(lang).home.intro,
    site: urlFor(lang, { kind: 'home' }, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${urlFor(lang, { kind: 'feed' }, site)}" rel="self" type="application/rss+xml"/>`,
    // In English inFeed keeps only the documents that have a summary.
    items: documents.map(({ slug, article, summary }) =>
      lang === 'de' ? articleItem(slug, article, site) : summaryItem(slug, article, summary!, site),
    ),
  };
}

function articleItem(slug: string, article: CatalogArticle, site: URL): RSSFeedItem {
  return {
    title: article.data.title,
    description: article.intro,
    link: urlFor('de', { kind: 'document', slug }, site),
    ...pubDate(article),
  };
}

/**
 * Dated by its article: the day a summary was written is not recorded (the summary schema has no date), and
 * an undated item is one feed readers date by when they first fetch it, differently for every reader.
 */
function summaryItem(slug: string, article: CatalogArticle, summary: CatalogSummary, site: URL): RSSFeedItem {
  return {
    title: summary.data.title,
    description: summary.data.keyPoints[0]!.text,
    link: urlFor('en', { kind: 'document', slug }, site),
    ...pubDate(article),
  };
}

/** The article's date as RSS needs it (see feedDate); nothing when the source gives none. */
function pubDate(article: CatalogArticle): Pick<RSSFeedItem, 'pubDate'> {
  const date = articleDate(article.data);
  return date ? { pubDate: feedDate(date) } : {};
}
