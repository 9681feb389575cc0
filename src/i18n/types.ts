import type { EntityKind } from '../entities/kinds.ts';

/** The shape every UI dictionary must fill: a missing key is a type error. */
export interface UiStrings {
  siteName: string;
  /** The site name where the header has no room for all of it (narrower than 1280 px). */
  siteNameShort: string;
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
    /** Label of the link to the article where it was first published. */
    sourceOriginal: string;
  };
  summary: {
    kicker: string;
    keyPoints: string;
    readOriginal: string;
    originalTitle: string;
    pendingTitle: string;
    pendingBody: string;
  };
  /** Citations between summary statements and German paragraphs. */
  citations: {
    /** Accessible name of a German paragraph's permalink: "Absatz 12". */
    paragraph: (number: number) => string;
    /** Accessible name of a link from a statement to the German paragraph it cites. */
    citeLink: (number: number) => string;
    /** Summary line of the details that show the cited German paragraphs. */
    sources: (numbers: readonly number[]) => string;
    /** Caption of one cited paragraph inside those details. */
    sourceCaption: (number: number) => string;
    /** Before the back-links of a German paragraph to the statements that cite it. */
    citedBy: string;
    keyPoint: (number: number) => string;
    summaryParagraph: (number: number) => string;
    /** Accessible name of a back-link; contains the visible label. */
    citedByLink: (label: string) => string;
  };
  timeline: {
    nav: string;
    title: string;
    intro: string;
    empty: string;
    /** The one line on the home page that leads to the timeline. */
    homeLink: string;
    /** Before the link from an event to the German paragraph it rests on. */
    source: string;
    /** Said of an event dated by its article's publication date ("this week" in the text). */
    datedByPublication: string;
    entities: string;
    /** Section on an entity page listing its events. */
    entitySection: string;
  };
  pending: { title: string; intro: string; none: string };
  notFound: { title: string; body: string; backHome: string };
  chooser: { title: string; intro: string };
  /** Long lists split into numbered pages. */
  paging: {
    pageOf: (page: number, pages: number) => string;
    /** Accessible name of the page links. */
    pagination: string;
  };
  entities: {
    /** The index's short name in the header and the breadcrumbs, where five links share a phone's row. */
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
    /** The link to the other language's entity page, for the mentions in that language's text of a document. */
    mentionsInOther: (count: number) => string;
    /** The link to the other language's page of the list, for this page's documents that name the entity only in that language. */
    onlyInOther: (count: number) => string;
    moreMentions: (count: number) => string;
    onPage: string;
  };
  /** The co-mention map of the entities. */
  map: {
    /** Link to the map from the entity index. */
    link: string;
    /** Link from an entity page to its node on the map. */
    showOnMap: string;
    title: string;
    intro: string;
    /** Under the intro when the map draws only the most mentioned of the entities named with another. */
    mostMentioned: (drawn: number, named: number) => string;
    /** Short accessible name of the drawing. */
    caption: string;
    legend: string;
    sizeKey: string;
    lineKey: string;
    /** Link from the drawing to its text version, the ranked list. */
    toList: string;
    /** A node's accessible name (and tooltip), from its kind's name and its mention count as entities.mentionCount gives it. */
    node: (name: string, kind: string, mentions: string) => string;
    listTitle: string;
    listIntro: string;
    /** Joins the two names of a pair. */
    and: string;
    empty: string;
    /** Accessible name of an entity page's own small map. */
    neighbourTitle: (name: string) => string;
    /** Its description: what shapes and lines say, and where the numbers are. */
    neighbourDescription: (name: string) => string;
    /** A neighbour's accessible name (and tooltip), with its shared sentences as entities.sharedSentences gives them. */
    neighbour: (name: string, shared: string) => string;
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
    /** In the development server (npm run dev) when no built search index exists: search needs a build. */
    needsBuild: string;
    noScript: string;
  };
  /** Parallel reading: the English statements beside the German paragraphs they cite. */
  parallel: {
    /** Visible label of a statement beside the German text, naming the summary it belongs to. */
    keyPoint: (number: number) => string;
    paragraph: (number: number) => string;
  };
  /** The story's navigation: header links, breadcrumbs, the documents before and after in time. */
  navigation: {
    /** Header link to the co-mention map. */
    map: string;
    /** Accessible name of the breadcrumb trail. */
    breadcrumbs: string;
    /** The trail's first step, the home page. */
    home: string;
    /** A further page of a list in the trail: "Seite 2". */
    page: (page: number) => string;
    /** Accessible name of the links to the documents before and after. */
    neighbours: string;
    /** The document published before this one, and after it. */
    earlier: string;
    later: string;
  };
}

/**
 * The strings the search page hands its script (the form's data-strings): the search strings and each
 * entity kind's singular label. The page builds it with searchScriptStrings (i18n/index.ts) and the
 * script reads it as this type, so a missing or renamed key is a type error on both sides.
 */
export type SearchScriptStrings = UiStrings['search'] & { kinds: Record<EntityKind, string> };
