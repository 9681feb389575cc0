/** Elements of a source that are page furniture as a whole (an image's caption, an ad container), marked `data-furniture` in its tree before anything reads it. */
import type { Element, Root, RootContent } from 'hast';
import { endsInCredit, isAdLabel } from './furniture.ts';
import { BLOCK_TAGS, INVISIBLE } from './html.ts';

type Mark = 'image-caption' | 'advertisement';

const IMAGES = new Set(['img', 'amp-img', 'picture']);
/** A class that says caption: "caption", "wp-caption-text", "image__caption", "bildunterschrift". */
const CAPTION_CLASS = /^(?:.*[-_])?caption(?:[-_]?text)?$|^bildunterschrift$/i;
/** An ad label's parent holding these holds the article, not an ad. */
const LANDMARKS = new Set(['html', 'body', 'main', 'article']);
/** An ad is a short offer: a container with more text than this beside its label is not taken for one. */
const MAX_AD_TEXT = 500;

const isElement = (node: RootContent | Root): node is Element => node.type === 'element';

/** The text a browser shows of a node, whitespace folded. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && INVISIBLE.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}
const folded = (node: Root | RootContent): string => textOf(node).replace(/\s+/g, ' ').trim();

/** An image, or an element holding images and no text (`<p><img></p>`, `<picture>`). */
function isImageOnly(node: RootContent): boolean {
  if (!isElement(node)) return false;
  if (IMAGES.has(node.tagName)) return true;
  const holdsImage = (element: Element): boolean =>
    element.children.some((child) => isElement(child) && (IMAGES.has(child.tagName) || holdsImage(child)));
  return folded(node) === '' && holdsImage(node);
}

/** Marks an element and every element inside it (reader mode may keep only an inner one), leaving marks already set. */
function mark(element: Element, kind: Mark): void {
  element.properties['dataFurniture'] ??= kind;
  for (const child of element.children) if (isElement(child)) mark(child, kind);
}

/** A `<figcaption>` or an element whose class says caption, unless its figure shows text of its own (a quote's source, a table's title). */
function isCaptionElement(element: Element, parent: Element | Root): boolean {
  const classes = element.properties['className'];
  const named = element.tagName === 'figcaption' || (Array.isArray(classes) && classes.some((name) => CAPTION_CLASS.test(String(name))));
  if (!named) return false;
  if (!isElement(parent) || parent.tagName !== 'figure') return true;
  return parent.children.every((child) => child === element || folded(child) === '');
}

/** The first element or text of `nodes` that a browser shows something of, comments and blank text aside. */
const firstShown = (nodes: readonly RootContent[]): RootContent | undefined =>
  nodes.find((node) => (node.type === 'text' || isElement(node)) && (folded(node) !== '' || isImageOnly(node)));

/** A short text ending in a credit that stands alone directly under an image: after one, or after the image it opens with. */
function isCreditUnderImage(element: Element, before: RootContent | undefined): boolean {
  const first = firstShown(element.children);
  if (!(before !== undefined && isImageOnly(before)) && !(first !== undefined && isImageOnly(first))) return false;
  return !element.children.some((child) => isElement(child) && BLOCK_TAGS.has(child.tagName)) && endsInCredit(folded(element));
}

/** A label that is its element's whole text, not a wrapper around the element that is (`<div><span>Anzeige</span></div>`). */
const isInnermostLabel = (node: RootContent): boolean =>
  isAdLabel(folded(node)) && (!isElement(node) || !node.children.some((child) => isElement(child) && folded(child) === folded(node)));

/**
 * An ad container: the parent of an ad label ("Anzeige") that opens with it and holds a short text beside it
 * ("Jetzt Bahncard 25 sichern"). A label in the article itself, or beside much text, marks nothing.
 */
function isAdContainer(element: Element): boolean {
  if (LANDMARKS.has(element.tagName)) return false;
  const first = element.children.find((child) => folded(child) !== '');
  if (!first || !isInnermostLabel(first)) return false;
  const rest = folded(element).length - folded(first).length;
  return rest > 0 && rest <= MAX_AD_TEXT;
}

/** Marks the source tree's image captions and ad containers, so that the article leaves their text out with one reason. */
export function markFurnitureElements(tree: Root): void {
  const visit = (parent: Element | Root): void => {
    let before: RootContent | undefined;
    for (const child of parent.children) {
      if (isElement(child) && !INVISIBLE.has(child.tagName) && child.tagName !== 'pre') {
        if (isCaptionElement(child, parent) || isCreditUnderImage(child, before)) mark(child, 'image-caption');
        visit(child);
        if (isAdContainer(child)) mark(child, 'advertisement');
      }
      if (firstShown([child])) before = child;
    }
  };
  visit(tree);
}
