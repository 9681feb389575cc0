import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToMdx, decodeMdxText, encodeMdxText, readArticleBody } from '../../src/record/article-mdx.ts';
import type { ArticleBlock } from '../../src/record/raw-article.ts';

describe('encodeMdxText and decodeMdxText', () => {
  it.each([
    ['{props.x} <div> & &amp; `code` *a* _b_ #tag |x| ~y~'],
    ['# not a heading'],
    ['- not a list'],
    ['1. not a list'],
    ['> not a quote'],
    ['https://example.com/a_b_c?x=1&y=2'],
    ['\\ backslash at the end \\'],
    ['export const a = 1'],
    ['import x from "y"\nexport\nwww.heise.de'],
    ['redaktion@heise.de <https://a.de/pfad_(klammer)>'],
    ['\uFEFFunsichtbar, &#101; bleibt Text'],
  ])('escapes %j so that decoding gives it back', (text) => {
    const encoded = encodeMdxText(text);
    expect(encoded).not.toMatch(/(^|[^\\])[{}]/);
    expect(decodeMdxText(encoded)).toBe(text);
  });

  it('keeps ordinary punctuation readable and breaks only what the MDX compiler would misread', () => {
    expect(encodeMdxText('export foo bar')).toBe('&#101;xport foo bar');
    expect(encodeMdxText('Er sagte: import ist teuer.')).toBe('Er sagte: import ist teuer.');
    expect(encodeMdxText('Mehr auf www.heise.de oder https://x.de?a=1&b=2')).toBe(
      'Mehr auf www<></>.heise.de oder https<></>://x.de?a\\=1\\&b\\=2',
    );
    expect(encodeMdxText('Post an redaktion@heise.de')).toBe('Post an redaktion<></>@heise.de');
    expect(encodeMdxText('2019. Das Jahr\n- ein Strich')).toBe('2019\\. Das Jahr\n\\- ein Strich');
  });

  it('refuses a line the parser never hands over (blank at an end, empty)', () => {
    expect(() => encodeMdxText(' a')).toThrow(/blanks at its ends/);
    expect(() => encodeMdxText('a\n\nb')).toThrow(/non-empty/);
  });

  it('round-trips any text of trimmed, non-empty lines', () => {
    const line = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 30 })
      .map((text) => text.replace(/[\r\n]/g, 'x').replace(/^[ \t]+|[ \t]+$/g, ''))
      .filter((text) => text !== '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n');
        expect(decodeMdxText(encodeMdxText(text))).toBe(text);
      }),
      { numRuns: 2000, seed: 7 },
    );
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

  it('is read back block for block by readArticleBody', () => {
    const blocks: ArticleBlock[] = [
      { kind: 'paragraph', text: 'export default 1;\nzweite Zeile mit www.a.de' },
      { kind: 'heading', text: '# Raute' },
      { kind: 'subheading', text: 'Unterzeile <b>' },
      { kind: 'teaser', text: 'Weiterlesen: a@b.de' },
      { kind: 'paragraph', text: '1) kein Punkt' },
    ];
    const mdx = articleToMdx({ title: 'T', publisher: 'unknown', source: 'a.txt' }, blocks);
    expect(mdx.slice(mdx.indexOf('\n---\n') + 5)).toBe(
      '\n&#101;xport default 1;\nzweite Zeile mit www<></>.a.de\n\n## \\# Raute\n\n### Unterzeile \\<b\\>\n\n<p class="teaser">Weiterlesen: a<></>@b.de</p>\n\n1\\) kein Punkt\n',
    );
    expect(readArticleBody(mdx.slice(mdx.indexOf('\n---\n') + 5))).toEqual(blocks);
  });
});
