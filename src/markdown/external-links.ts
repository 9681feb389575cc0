/**
 * Sätteri hast plugin: a link to another site gets rel="noopener" and the class "external", which the
 * stylesheet marks visibly and for screen readers (CSS generated content: no text of the page changes).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const EXTERNAL = /^https?:\/\//i;

export function externalLinks(): HastPluginEntry {
  return () => ({
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !EXTERNAL.test(href)) return;
        const classes = node.properties?.['className'];
        ctx.setProperty(node, 'rel', ['noopener']);
        ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), 'external']);
      },
    },
  });
}
