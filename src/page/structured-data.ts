/** schema.org JSON-LD for articles, summaries, entities and breadcrumb trails, from plain facts; nothing the page does not state. */
import type { EntityKind } from '../entities/kinds.ts';
import { isoDateTime, type PublicationDate } from '../record/dates.ts';

export interface JsonLd {
  '@context': 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

export interface ArticleFacts {
  /** Absolute URL of the article page. */
  url: string;
  headline: string;
  description: string;
  /** As the frontmatter gives it (articleDate); absent when unknown. */
  published?: PublicationDate | undefined;
  /** A publisher's name, or "unknown". */
  publisher: string;
  /** The original's address, when the source names it. */
  sourceUrl?: string | undefined;
}

export interface SummaryFacts {
  url: string;
  headline: string;
  description: string;
  /** The German article the summary is written from. */
  original: { url: string; headline: string; published?: PublicationDate | undefined };
}

export interface EntityFacts {
  url: string;
  kind: EntityKind;
  name: string;
  description: string;
}

const CONTEXT = 'https://schema.org';

/** A German source article. Its date is a day, or a time with its offset when the zone is known (isoDateTime). */
export function newsArticle(facts: ArticleFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    inLanguage: 'de',
    url: facts.url,
    ...(facts.published ? { datePublished: isoDateTime(facts.published) } : {}),
    // "unknown" is our marker for a source that names no publisher, not a name.
    ...(facts.publisher === 'unknown' ? {} : { publisher: { '@type': 'Organization', name: facts.publisher } }),
    ...(facts.sourceUrl ? { isBasedOn: facts.sourceUrl } : {}),
    isAccessibleForFree: true,
  };
}

/** An English summary: an Article based on the German original. Its own writing date is not recorded, so only the original's is given. */
export function summaryArticle(facts: SummaryFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: facts.headline,
    description: facts.description,
    inLanguage: 'en',
    url: facts.url,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: facts.original.headline,
      inLanguage: 'de',
      url: facts.original.url,
      ...(facts.original.published ? { datePublished: isoDateTime(facts.original.published) } : {}),
    },
    isAccessibleForFree: true,
  };
}

/** The closest schema.org type per entity kind. */
const ENTITY_TYPES: Record<EntityKind, string> = {
  person: 'Person',
  organisation: 'Organization',
  'public-body': 'GovernmentOrganization',
  product: 'Product',
  service: 'Service',
  place: 'Place',
};

/** A person, organisation, product, service or place as its entity page describes it. */
export function entityThing(facts: EntityFacts): JsonLd {
  return { '@context': CONTEXT, '@type': ENTITY_TYPES[facts.kind], name: facts.name, description: facts.description, url: facts.url };
}

/**
 * The page's breadcrumb trail as Google reads it: a BreadcrumbList whose ListItems count from 1 and name each
 * step with its absolute URL, the page itself last.
 */
export function breadcrumbList(steps: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: steps.map(({ name, url }, index) => ({ '@type': 'ListItem', position: index + 1, name, item: url })),
  };
}

/** Open Graph's og:type: "article" for articles and summaries, "website" for every other page. */
export function openGraphType(data: JsonLd | undefined): 'article' | 'website' {
  return data?.['@type'] === 'NewsArticle' || data?.['@type'] === 'Article' ? 'article' : 'website';
}

/** Open Graph writes locales with an underscore: "de-DE" → "de_DE". */
export function openGraphLocale(locale: string): string {
  return locale.replace('-', '_');
}

/**
 * JSON for a <script type="application/ld+json">: every "<" escaped as \u003c, so no text (a title with
 * "</script>" or "<!--") can end the script element early; JSON parsers read the escape as the same character.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
