import type { EntityKind } from '../lib/entity-kinds.ts';

/** The shape every UI dictionary must fill: a missing key is a type error. */
export interface UiStrings {
  siteName: string;
  siteTagline: string;
  /** This language's own name, e.g. on the language chooser. */
  languageName: string;
  skipLink: string;
  mainNavLabel: string;
  navHome: string;
  /** Visible name of the other language in the switch. */
  switchLabel: string;
  /** Accessible description of where the switch leads. */
  switchDescription: string;
  footer: string;
  home: { title: string; intro: string; listHeading: string; empty: string };
  article: {
    kicker: string;
    publisher: string;
    publisherUnknown: string;
    published: string;
    dateUnknown: string;
    dateEditorial: string;
    readingTimeLabel: string;
    readingTime: (minutes: number) => string;
    originalLanguage: string;
    translatedFrom: (language: string) => string;
    titleEditorial: string;
    toc: string;
    toSummary: string;
    toPendingSummary: string;
    truncated: string;
    sourceHeading: string;
    sourceFile: string;
    sourceNoise: string;
  };
  summary: {
    kicker: string;
    keyPoints: string;
    readOriginal: string;
    originalTitle: string;
    pendingTitle: string;
    pendingBody: string;
  };
  pending: { title: string; intro: string; none: string };
  notFound: { title: string; body: string; backHome: string };
  chooser: { title: string; intro: string };
  entities: {
    nav: string;
    indexTitle: string;
    indexIntro: string;
    kinds: Record<EntityKind, { one: string; many: string }>;
    mentionCount: (count: number) => string;
    relations: string;
    related: string;
    sharedSentences: (count: number) => string;
    mentionedIn: string;
    notMentioned: string;
    article: string;
    summary: string;
    moreMentions: (count: number) => string;
    pageOf: (page: number, pages: number) => string;
    pagination: string;
    onPage: string;
  };
  search: {
    nav: string;
    label: string;
    placeholder: string;
    submit: string;
    title: string;
    intro: string;
    shortcutHint: string;
    /** The option that adds the other language's index. */
    acrossLanguages: string;
    filters: string;
    filterType: string;
    filterKind: string;
    filterPublisher: string;
    filterYear: string;
    any: string;
    sort: string;
    sortRelevance: string;
    sortDate: string;
    types: { article: string; summary: string; entity: string };
    languageBadge: { de: string; en: string };
    loading: string;
    emptyQuery: string;
    /** Templates filled in the browser: {query}, {count}, {length}. */
    noResults: string;
    resultCountOne: string;
    resultCountMany: string;
    truncatedQuery: string;
    /** A query one or two letters off an entity name: {suggestion} becomes a link that searches for it. */
    didYouMean: string;
    /** On an entity card found by an alias ({alias}) rather than its name ({name}). */
    entityAlias: string;
    moreResults: string;
    unavailable: string;
    noScript: string;
  };
}
