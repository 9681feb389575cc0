/**
 * Places inside pages that links point to: the ids of an article's paragraphs and a summary's statements,
 * and their paths. The Markdown plugin writes the same ids onto the elements.
 */
import { pathFor } from './urls.ts';

/** A German article's numbered block (p-1 is the lede when it has one). */
export function paragraphId(number: number): string {
  return `p-${number}`;
}

/** A summary's key point, numbered from 1. */
export function keyPointId(number: number): string {
  return `kp-${number}`;
}

/** A summary's body paragraph, numbered from 1. */
export function summaryParagraphId(number: number): string {
  return `s-${number}`;
}

/** A document's group in an entity page's "mentioned in" list: the other language's page links to it. */
export function mentionGroupId(slug: string): string {
  return `doc-${slug}`;
}

/** The German paragraph on its article page. */
export function paragraphPath(slug: string, number: number): string {
  return pathFor('de', { kind: 'document', slug }, paragraphId(number));
}

/** A statement (its id from keyPointId or summaryParagraphId) on its summary page. */
export function statementPath(slug: string, statement: { id: string }): string {
  return pathFor('en', { kind: 'document', slug }, statement.id);
}
