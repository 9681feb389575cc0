import { describe, expect, it } from 'vitest';
import { articleToMdx, escapeMdxText } from '../../src/lib/article-mdx.ts';
import { unescapeMarkdown } from '../../src/lib/page-text.ts';

describe('escapeMdxText', () => {
  it.each([
    ['{props.x} <div> & &amp; `code` *a* _b_ #tag |x| ~y~'],
    ['# not a heading'],
    ['- not a list'],
    ['1. not a list'],
    ['> not a quote'],
    ['https://example.com/a_b_c?x=1&y=2'],
    ['\\ backslash at the end \\'],
  ])('escapes %s so that unescaping gives it back', (text) => {
    const escaped = escapeMdxText(text);
    expect(escaped).not.toMatch(/(^|[^\\])[{}<>]/);
    expect(unescapeMarkdown(escaped)).toBe(text);
  });
});

describe('articleToMdx', () => {
  it('writes frontmatter values as JSON strings, which YAML reads back unchanged', () => {
    const mdx = articleToMdx({ title: 'Er sagte: "Ja" – #1', publisher: 'unknown', source: 'a.txt', sourceNoise: ['StartseiteArtikel'] }, [
      { kind: 'heading', text: 'Zwischentitel' },
      { kind: 'teaser', text: 'Weiterlesen: mehr' },
    ]);
    expect(mdx).toContain('title: "Er sagte: \\"Ja\\" – #1"');
    expect(mdx).toContain('sourceNoise:\n  - "StartseiteArtikel"');
    expect(mdx).toContain('## Zwischentitel');
    expect(mdx).toContain('<p class="teaser">Weiterlesen: mehr</p>');
  });
});
