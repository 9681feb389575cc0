/**
 * Lists and block quotes of Markdown and HTML sources: the article keeps their structure (an ordered list's
 * numbers from its start, bullets, one level of sub-items and more, a quote as a quote), MDX reads none of an
 * item's characters as syntax, the content check finds every item word for word, and a list is numbered as
 * one block, as the page numbers it. Plain text has no lists: a line "1. …" stays text.
 */
import { describe, expect, it } from 'vitest';
import { readArticleBody } from '../../src/record/article-mdx.ts';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { importText } from '../helpers/import-text.ts';
import { bodyOf, childrenOf, holdsPermalink, isElement, renderBody, textOf, type Element } from '../helpers/render-body.ts';

/** /tmp/impsweep2/inputs/14-erklaerstueck.md: a bullet list, an ordered list with sub-items, a quote. */
const MARKDOWN = `# Grundsteuer 2026: Was Eigentümer jetzt wissen müssen

Seit Januar gilt die neue Grundsteuer. Viele Bescheide sind inzwischen verschickt.

## Wer muss zahlen?

- Eigentümerinnen und Eigentümer von Grundstücken und Gebäuden
- Mieter indirekt über die **Nebenkosten**

## Welche Modelle gibt es?

1. Das **Bundesmodell** (u. a. in NRW, Berlin, Brandenburg)
2. Das **Flächenmodell** in Bayern
3. Das *modifizierte Bodenwertmodell* in Baden-Württemberg
   - mit eigenen Hebesätzen der Gemeinden
   - ohne Berücksichtigung des Gebäudes

> Tipp: Prüfen Sie zuerst den Grundsteuerwertbescheid.

Weitere Informationen gibt es bei der Gemeinde.
`;

/** An HTML list that starts at 3, a nested list, a quote, and item text full of what MDX and Markdown read as syntax. */
const HTML = `<article>
<h1>Die Schritte der Reform</h1>
<p>Die ersten beiden Schritte sind erledigt.</p>
<ol start="3">
<li>Der dritte Schritt: {Entwurf} &lt;b&gt; *nicht fett* # kein Titel</li>
<li>1. Januar: import beginnt, - kein Strich
<ul><li>www.heise.de und <a href="https://example.org/a">ein Link</a></li></ul>
</li>
</ol>
<blockquote><p>„Wir sind im Zeitplan“, sagte die Ministerin.</p></blockquote>
<p>Ein Absatz danach.</p>
</article>
`;

const places = (mdxBlocks: { kind: string; text: string; item?: unknown }[]) =>
  mdxBlocks
    .filter((block) => block.kind === 'item' || block.kind === 'quote')
    .map(({ kind, text, item }) => ({ kind, text, ...(item ? { item } : {}) }));

describe('a Markdown list and quote', () => {
  it('keeps bullets, numbers, sub-items and the quote, and the content check passes', () => {
    const { prepared, problems } = importText(MARKDOWN, 'a.md');
    expect(places(prepared.blocks)).toEqual([
      {
        kind: 'item',
        text: 'Eigentümerinnen und Eigentümer von Grundstücken und Gebäuden',
        item: { ordered: false, depth: 0 },
      },
      { kind: 'item', text: 'Mieter indirekt über die Nebenkosten', item: { ordered: false, depth: 0 } },
      {
        kind: 'item',
        text: 'Das Bundesmodell (u. a. in NRW, Berlin, Brandenburg)',
        item: { ordered: true, number: 1, depth: 0 },
      },
      { kind: 'item', text: 'Das Flächenmodell in Bayern', item: { ordered: true, number: 2, depth: 0 } },
      { kind: 'item', text: 'Das modifizierte Bodenwertmodell in Baden-Württemberg', item: { ordered: true, number: 3, depth: 0 } },
      { kind: 'item', text: 'mit eigenen Hebesätzen der Gemeinden', item: { ordered: false, depth: 1 } },
      { kind: 'item', text: 'ohne Berücksichtigung des Gebäudes', item: { ordered: false, depth: 1 } },
      { kind: 'quote', text: 'Tipp: Prüfen Sie zuerst den Grundsteuerwertbescheid.' },
    ]);
    expect(problems).toEqual([]);
  });

  it('is written as Markdown lists and a quote, and read back as the same blocks', () => {
    const { prepared } = importText(MARKDOWN, 'a.md');
    expect(bodyOf(prepared.mdx)).toContain(
      '1. Das <strong>Bundesmodell</strong> (u. a. in NRW, Berlin, Brandenburg)\n2. Das <strong>Flächenmodell</strong> in Bayern\n3. Das <em>modifizierte Bodenwertmodell</em> in Baden-Württemberg\n   - mit eigenen Hebesätzen der Gemeinden\n   - ohne Berücksichtigung des Gebäudes\n\n> Tipp: Prüfen Sie zuerst den Grundsteuerwertbescheid.',
    );
    expect(places(readArticleBody(bodyOf(prepared.mdx)))).toEqual(places(prepared.blocks));
  });
});

describe('an HTML list and quote', () => {
  it('keeps the start number, the nesting, the quote and every character of the items, and the content check passes', () => {
    const { prepared, problems } = importText(HTML, 'a.html');
    expect(places(prepared.blocks)).toEqual([
      {
        kind: 'item',
        text: 'Der dritte Schritt: {Entwurf} <b> *nicht fett* # kein Titel',
        item: { ordered: true, number: 3, depth: 0 },
      },
      { kind: 'item', text: '1. Januar: import beginnt, - kein Strich', item: { ordered: true, number: 4, depth: 0 } },
      { kind: 'item', text: 'www.heise.de und ein Link', item: { ordered: false, depth: 1 } },
      { kind: 'quote', text: '„Wir sind im Zeitplan“, sagte die Ministerin.' },
    ]);
    expect(places(readArticleBody(bodyOf(prepared.mdx)))).toEqual(places(prepared.blocks));
    expect(problems).toEqual([]);
  });
});

/** The items of a rendered list, each with its own text (sub-lists apart) and its sub-list's items. */
function listItems(list: Element): { text: string; sub: string[] }[] {
  return childrenOf(list)
    .filter((node): node is Element => isElement(node) && node.type === 'li')
    .map((li) => {
      const children = childrenOf(li);
      const sub = children.find((node): node is Element => isElement(node) && ['ul', 'ol'].includes(node.type as string));
      return {
        text: children
          .filter((node) => node !== sub)
          .map(textOf)
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
        sub: sub ? listItems(sub).map((item) => item.text) : [],
      };
    });
}

describe('the page', () => {
  it('shows an ordered list from its start, its sub-list, and the quote as a <blockquote>', () => {
    const { prepared } = importText(HTML, 'a.html');
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    const list = rendered.find((node) => node.type === 'ol')!;
    expect(list).toBeDefined();
    expect(Number(list.props['start'])).toBe(3);
    expect(listItems(list)).toEqual([
      { text: 'Der dritte Schritt: {Entwurf} <b> *nicht fett* # kein Titel', sub: [] },
      { text: '1. Januar: import beginnt, - kein Strich', sub: ['www.heise.de und ein Link'] },
    ]);
    const quote = rendered.find((node) => node.type === 'blockquote');
    expect(textOf(quote).trim()).toBe('„Wir sind im Zeitplan“, sagte die Ministerin.');
  });

  it.each([
    ['Markdown', MARKDOWN, 'a.md'],
    ['HTML', HTML, 'a.html'],
  ])('numbers a list of %s as one block and a quote as one, as the citations number them', (_format, text, name) => {
    const { prepared } = importText(text, name);
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    const paragraphs = articleParagraphs(prepared.frontmatter.lede, bodyOf(prepared.mdx));
    expect(rendered.map((node) => node.props.id)).toEqual(paragraphs.filter((p) => p.kind !== 'lede').map((p) => `p-${p.number}`));
    for (const node of rendered.filter((candidate) => ['ul', 'ol', 'blockquote'].includes(candidate.type as string))) {
      const paragraph = paragraphs.find((p) => `p-${p.number}` === node.props.id)!;
      expect(paragraph.kind).toBe(node.type === 'blockquote' ? 'quote' : 'list');
      expect(paragraph.text).toBe(textOf(node).replace(/\s+/g, ' ').trim());
    }
  });
});

describe('the ¶ permalink', () => {
  it('of a list stands in its last item and of a quote in its paragraph, where HTML allows it', () => {
    const { prepared } = importText(HTML, 'a.html');
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    for (const node of rendered) {
      const children = childrenOf(node).filter((child) => typeof child !== 'string' || child.trim() !== '');
      if (node.type === 'ol' || node.type === 'ul') {
        // A list holds nothing but items; the ¶ of the whole list closes its last item.
        expect(children.map((child) => (child as Element).type)).toEqual(children.map(() => 'li'));
        expect(holdsPermalink(children.at(-1))).toBe(true);
      } else if (node.type === 'blockquote') {
        expect(children.map((child) => (child as Element).type)).toEqual(['p']);
        expect(holdsPermalink(children[0])).toBe(true);
      } else expect(children.some(holdsPermalink)).toBe(true);
    }
  });
});

describe('plain text', () => {
  it('has no lists or quotes: a line "1. …" and a line "> …" stay text of a paragraph', () => {
    const text = 'Ein Titel\n\nEin Absatz davor.\n\n1. Das Bundesmodell\n2. Das Flächenmodell\n\n> Tipp: prüfen\n\nEin Absatz danach.\n';
    const { prepared, problems } = importText(text, 'a.txt');
    expect(prepared.blocks.map((block) => block.kind)).not.toContain('item');
    expect(prepared.blocks).toContainEqual({ kind: 'paragraph', text: '1. Das Bundesmodell\n2. Das Flächenmodell' });
    expect(prepared.blocks).toContainEqual({ kind: 'paragraph', text: '> Tipp: prüfen' });
    expect(problems).toEqual([]);
  });
});
