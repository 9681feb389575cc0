/**
 * Sätteri hast plugins that make summaries checkable against their articles while Astro renders MDX.
 *
 * Articles: every top-level block gets its paragraph id (`p-12`, numbered as src/record/paragraphs.ts
 * numbers it: after the lede, which the layout renders as p-1) and ends in `<ParagraphLinks>`: its
 * permalink and the back-links to the summary statements that cite it. `<CitingStatements>` follows the
 * block: the statements read beside it in parallel, a sibling since it is not the source's text.
 *
 * Summaries: every body paragraph becomes a statement (`s-3`, numbered as src/record/statements.ts numbers
 * it), wrapped together with `<CiteSources>`, the German paragraphs it cites in a `<details>`: a
 * `<details>` may not stand inside a `<p>`, so it goes beside the paragraph. Each `<Cite>` learns
 * which article it points into.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { paragraphId, summaryParagraphId } from '../routing/anchors.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: HastLike[];
}
interface Frontmatter {
  astro: { frontmatter: Record<string, unknown> };
}

/** Which content folder and slug an MDX file belongs to: content/<folder>/<slug>.mdx. */
function contentFile(fileURL: URL | undefined): { folder: string; slug: string } | undefined {
  const match = fileURL ? /[\\/]content[\\/](\w+)[\\/]([^\\/]+)\.mdx$/.exec(fileURLToPath(fileURL)) : null;
  return match ? { folder: match[1]!, slug: match[2]! } : undefined;
}

const stringAttribute = (name: string, value: string): Attribute => ({ type: 'mdxJsxAttribute', name, value });
const expressionAttribute = (name: string, expression: string): Attribute => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value: expression },
});

/** An element's tag, whether Markdown made it (`tagName`) or JSX wrote it (`name`: the importer writes tables as JSX). */
const tagOf = (node: HastLike | undefined): string | null | undefined => node?.tagName ?? node?.name;
const lastElement = (node: HastLike): HastLike | undefined =>
  node.children?.findLast((child) => child.type === 'element' || child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement');

/** Elements that hold no text of their own, so a permalink goes into their last child: a quote's paragraph, a table's last row and cell. */
const THROUGH = new Set(['blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * Where a block's permalink goes: at its end, but inside the last item of a list (whose sub-list may end it), inside a
 * quote's paragraph and a table's last cell, since a list holds only items, a table only rows, and a row only cells.
 */
function linksHost(block: HastLike): HastLike {
  let host = block;
  for (;;) {
    const last = lastElement(host);
    const tag = tagOf(host);
    const lastTag = tagOf(last);
    const descend =
      tag === 'ul' || tag === 'ol' ? lastTag === 'li' : THROUGH.has(tag ?? '') || (tag === 'li' && (lastTag === 'ul' || lastTag === 'ol'));
    if (!descend || !last) return host;
    host = last;
  }
}

/** Paragraph ids, permalinks and back-links on the blocks of a German article, and the statements beside them. */
export function paragraphAnchors(): HastPluginEntry {
  return ({ fileURL }) => {
    const file = contentFile(fileURL);
    if (file?.folder !== 'articles') return null;
    return {
      name: 'paragraph-anchors',
      before(root, ctx) {
        const hasLede = Boolean((ctx.data as unknown as Frontmatter).astro.frontmatter['lede']);
        let number = hasLede ? 1 : 0;
        for (const block of root.children as HastLike[]) {
          if (block.type !== 'element' && block.type !== 'mdxJsxFlowElement') continue;
          number += 1;
          ctx.setProperty(block as never, 'id', paragraphId(number));
          ctx.appendChild(
            linksHost(block) as never,
            {
              type: 'mdxJsxTextElement',
              name: 'ParagraphLinks',
              attributes: [stringAttribute('article', file.slug), expressionAttribute('p', String(number))],
              children: [],
            } as never,
          );
          ctx.insertAfter(
            block as never,
            {
              type: 'mdxJsxFlowElement',
              name: 'CitingStatements',
              attributes: [stringAttribute('article', file.slug), expressionAttribute('p', String(number))],
              children: [],
            } as never,
          );
        }
      },
    };
  };
}

function citesIn(node: HastLike): HastLike[] {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Cite') return [node];
  return (node.children ?? []).flatMap(citesIn);
}

/** Statement ids and the cited German paragraphs beside each body paragraph of an English summary. */
export function statementAnchors(): HastPluginEntry {
  return ({ fileURL }) => {
    const file = contentFile(fileURL);
    if (file?.folder !== 'summaries') return null;
    return {
      name: 'statement-anchors',
      before(root, ctx) {
        let number = 0;
        for (const block of root.children as HastLike[]) {
          if (block.type !== 'element' || block.tagName !== 'p') continue;
          number += 1;
          const cites = citesIn(block);
          for (const cite of cites) ctx.setProperty(cite as never, 'article', file.slug);
          // The paragraph numbers of every <Cite> in the paragraph, as one array expression.
          const numbers = cites.map((cite) => {
            const value = cite.attributes?.find((attribute) => attribute.name === 'p')?.value as
              { type?: string; value?: string } | undefined;
            if (value?.type !== 'mdxJsxAttributeValueExpression' || !value.value) {
              throw new Error(
                `content/summaries/${file.slug}.mdx: body paragraph ${number}: write the citation as <Cite p={[12, 14]} /> (paragraph numbers of the German article)`,
              );
            }
            return value.value;
          });
          const expression = `[${numbers.map((value) => `...${value}`).join(', ')}]`;
          const sources = {
            type: 'mdxJsxFlowElement',
            name: 'CiteSources',
            attributes: [stringAttribute('article', file.slug), expressionAttribute('p', expression)],
            children: [],
          };
          ctx.wrapNode(
            block as never,
            {
              type: 'element',
              tagName: 'div',
              properties: { className: ['statement'], id: summaryParagraphId(number) },
              children: numbers.length ? [sources] : [],
            } as never,
          );
        }
      },
    };
  };
}
