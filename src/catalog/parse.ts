/**
 * MDX source to its hast tree with the parser Astro renders it with (Sätteri, native) and the same
 * features, so the catalog reads a document's text exactly as the build's plugins see it, without
 * rendering. astro.config.mjs passes MARKDOWN_FEATURES to the processor.
 */
import { mdxToHast, type Features } from 'satteri';

/** The record is never typographically rewritten: no smart quotes, dashes or ellipses; GFM as Astro's default. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const satisfies Features;

/** The parts of a hast node the catalog and the plugins read (Sätteri's JSX nodes carry `name`, not `tagName`). */
export interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: HastLike[];
}

/** Parses in this thread. */
export function parseHere(mdx: string): HastLike {
  return mdxToHast(mdx, { features: MARKDOWN_FEATURES, position: false }) as HastLike;
}

let parser: (mdx: string) => HastLike = parseHere;

/** An MDX document's tree; frontmatter is left out. Throws the parser's error ("3:6: …", line first) on MDX it cannot read. */
export function parseMdx(mdx: string): HastLike {
  return parser(mdx);
}

/** Lets `parse` do every parseMdx from now on (src/catalog/parse-worker.ts: parsing in a worker thread); returns the previous one. */
export function useParser(parse: (mdx: string) => HastLike): (mdx: string) => HastLike {
  const previous = parser;
  parser = parse;
  return previous;
}
