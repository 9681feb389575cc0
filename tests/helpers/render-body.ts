/** Renders an imported article's MDX body as Astro renders it, to a tree of plain elements the tests can read. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { MARKDOWN_FEATURES } from '../../src/catalog/parse.ts';
import { paragraphAnchors } from '../../src/markdown/paragraph-anchors.ts';

export const bodyOf = (mdx: string): string => mdx.slice(mdx.indexOf('\n---\n') + 5);

export interface Element {
  type: unknown;
  props: { children?: unknown; id?: string; [key: string]: unknown };
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });
export const childrenOf = (node: Element): unknown[] =>
  node.props.children === undefined ? [] : Array.isArray(node.props.children) ? node.props.children : [node.props.children];
export const textOf = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : node && typeof node === 'object'
      ? childrenOf(node as Element)
          .map(textOf)
          .join('')
      : '';

/** Whether a rendered node is an element (or a component left unrendered), not text. */
export const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null;

/** Whether a rendered node is the site's ¶ permalink component (left unrendered by renderBody) or holds one. */
export const holdsPermalink = (node: unknown): boolean =>
  isElement(node) &&
  ((typeof node.type === 'function' && (node.type as { name: string }).name === 'ParagraphLinks') || childrenOf(node).some(holdsPermalink));

/** The article's body rendered as Astro renders it (same parser features, the paragraph-anchors plugin): its top-level elements. */
export function renderBody(mdx: string, lede: string | undefined): Element[] {
  const module = evaluate(bodyOf(mdx), {
    Fragment,
    jsx,
    jsxs: jsx,
    features: MARKDOWN_FEATURES,
    hastPlugins: [paragraphAnchors()],
    fileURL: pathToFileURL(join(import.meta.dirname, '..', '..', 'content', 'articles', 'x.mdx')),
    data: { astro: { frontmatter: lede ? { lede } : {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  } as Parameters<typeof evaluate>[1]) as { default: (props: object) => Element };
  // The permalink and the statements beside a block are the site's components, not the source's text: left out below.
  const tree = module.default({ components: { ParagraphLinks: () => null, CitingStatements: () => null } });
  return childrenOf(tree).filter((node): node is Element => isElement(node) && typeof node.type === 'string');
}
