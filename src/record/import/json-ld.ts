/** Reads what a page's JSON-LD says about its article (schema.org): headline, publication date, author and publisher names. */

export interface ArticleJsonLd {
  headline?: string;
  datePublished?: string;
  /** Names of the authors, joined by ", " when several. */
  author?: string;
  publisher?: string;
}

/** schema.org's Article and its subtypes (NewsArticle, ReportageNewsArticle, …), BlogPosting and Report. */
const ARTICLE_TYPE = /(?:Article|Posting)$|^Report$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const isArticle = (value: Json): value is JsonObject =>
  isObject(value) && [value['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));

/** A person or organisation as a name: `{ "name": … }` or a plain string; several joined by ", ". */
function names(value: Json | undefined): string | undefined {
  const list = [value ?? []].flat().flatMap((item) => text(isObject(item) ? item['name'] : item) ?? []);
  return list.length ? list.join(', ') : undefined;
}

/** The first article object of a script's JSON: the script may hold one object, a list, or a `@graph`. */
function findArticle(value: Json): JsonObject | undefined {
  if (isArticle(value)) return value;
  const items = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : [];
  for (const item of items) {
    const found = findArticle(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * The article a JSON-LD script describes; `error` when the script is no valid JSON. A script without `@context`
 * is read too: pages write it so, and what it names is the page's own statement.
 */
export function articleJsonLd(script: string): { article?: ArticleJsonLd; error?: string } {
  let parsed: Json;
  try {
    parsed = JSON.parse(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
  } catch (error) {
    return { error: (error as Error).message };
  }
  const found = findArticle(parsed);
  if (!found) return {};
  const values: Record<keyof ArticleJsonLd, string | undefined> = {
    headline: text(found['headline']) ?? text(found['name']),
    datePublished: text(found['datePublished']),
    author: names(found['author']),
    publisher: names(found['publisher']),
  };
  return { article: Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as ArticleJsonLd };
}
