/** The RSS feed of each language: every German article, or the English summaries written so far, newest first. */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { getDocuments, listedOnHome, type Article, type Summary } from './documents.ts';
import { strings } from '../i18n/index.ts';
import { urlFor, type Lang } from '../routing/urls.ts';
import { feedDate, parsePublicationDate } from '../record/dates.ts';
import { firstParagraph } from '../page/page-text.ts';

/** The feed's name, also the title of the <link> that announces it on every page. */
export function feedTitle(lang: Lang): string {
  const t = strings(lang);
  return `${t.siteName} · ${t.home.title}`;
}

export async function feedOptions(lang: Lang, site: URL): Promise<RSSOptions> {
  const documents = listedOnHome(await getDocuments(), lang);
  return {
    title: feedTitle(lang),
    description: strings(lang).home.intro,
    site: urlFor(lang, { kind: 'home' }, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${urlFor(lang, { kind: 'feed' }, site)}" rel="self" type="application/rss+xml"/>`,
    // In English listedOnHome keeps only the documents that have a summary.
    items: documents.map(({ slug, article, summary }) =>
      lang === 'de' ? articleItem(slug, article, site) : summaryItem(slug, summary!, site),
    ),
  };
}

function articleItem(slug: string, article: Article, site: URL): RSSFeedItem {
  const { title, lede, published } = article.data;
  return {
    title,
    description: lede ?? firstParagraph(article.body ?? ''),
    link: urlFor('de', { kind: 'document', slug }, site),
    ...(published ? { pubDate: feedDate(parsePublicationDate(published)) } : {}),
  };
}

/**
 * No pubDate: the article's date is not the summary's, and the day a summary was written is not recorded;
 * feed readers then date an item by when they first see it, which is when the summary appeared.
 */
function summaryItem(slug: string, summary: Summary, site: URL): RSSFeedItem {
  return { title: summary.data.title, description: summary.data.keyPoints[0]!.text, link: urlFor('en', { kind: 'document', slug }, site) };
}
