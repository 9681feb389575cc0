/**
 * Tables of Markdown and HTML sources: a data table stays a table (its rows, header cells, spans, alignment and
 * empty cells), MDX reads none of a cell's characters as syntax, the content check finds every cell word for word,
 * and the table is numbered as one block, as the page numbers it. A layout table (cells holding paragraphs and
 * headings) is no table of figures: its text stays paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { readArticleBody } from '../../src/record/article-mdx.ts';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { importText } from '../helpers/import-text.ts';
import { bodyOf, childrenOf, holdsPermalink, isElement, renderBody, textOf, type Element } from '../helpers/render-body.ts';

/** /tmp/impsweep2/inputs/13-quartalszahlen.md, shortened: a GFM table of quarterly figures, right-aligned. */
const MARKDOWN = `---
title: SAP steigert Cloud-Umsatz deutlich
date: 2026-01-28T22:10:00+01:00
publisher: Börsen-Zeitung
---

Der Softwarekonzern SAP hat im vierten Quartal von der starken Nachfrage nach Cloud-Diensten profitiert.

| Kennzahl (Mio. €) | Q4 2025 | Veränderung |
|---|---:|---:|
| Umsatz gesamt | 9.612 | +2,5 % |
| davon *Cloud* | 5.140 | +24,8 % |

Finanzvorstand Dominik Asam betonte, das Restrukturierungsprogramm sei abgeschlossen.
`;

/** An HTML table with a caption, a header row, a spanning cell, an empty cell and cell text full of MDX syntax. */
const HTML = `<article>
<h1>Die Zahlen der Wahl</h1>
<p>Das vorläufige Ergebnis liegt vor.</p>
<table>
<caption>Stimmen nach Partei</caption>
<thead><tr><th>Partei</th><th>Stimmen</th><th>Anteil</th></tr></thead>
<tbody>
<tr><td>Liste {A} | *neu*</td><td>1.204</td><td></td></tr>
<tr><td>export Liste &lt;B&gt;</td><td colspan="2">keine Angabe</td></tr>
</tbody>
</table>
<p>Ein Absatz danach.</p>
</article>
`;

const cells = (blocks: { kind: string; text: string; cell?: unknown }[]) =>
  blocks.filter((block) => block.kind === 'cell').map(({ text, cell }) => ({ text, cell }));

describe('an HTML table', () => {
  it('keeps rows, header cells, the span and the empty cell, every character, and the content check passes', () => {
    const { prepared, problems } = importText(HTML, 'a.html');
    expect(cells(prepared.blocks)).toEqual([
      { text: 'Partei', cell: { row: 0, header: true } },
      { text: 'Stimmen', cell: { row: 0, header: true } },
      { text: 'Anteil', cell: { row: 0, header: true } },
      { text: 'Liste {A} | *neu*', cell: { row: 1, header: false } },
      { text: '1.204', cell: { row: 1, header: false } },
      { text: '', cell: { row: 1, header: false } },
      { text: 'export Liste <B>', cell: { row: 2, header: false } },
      { text: 'keine Angabe', cell: { row: 2, header: false, colspan: 2 } },
    ]);
    expect(prepared.blocks).toContainEqual(expect.objectContaining({ kind: 'paragraph', text: 'Stimmen nach Partei' }));
    expect(cells(readArticleBody(bodyOf(prepared.mdx)))).toEqual(cells(prepared.blocks));
    expect(problems).toEqual([]);
  });
});

describe('a Markdown table', () => {
  it('keeps its header row and alignment, and is read back as the same cells', () => {
    const { prepared, problems } = importText(MARKDOWN, 'a.md');
    expect(cells(prepared.blocks)).toEqual([
      { text: 'Kennzahl (Mio. €)', cell: { row: 0, header: true } },
      { text: 'Q4 2025', cell: { row: 0, header: true, align: 'right' } },
      { text: 'Veränderung', cell: { row: 0, header: true, align: 'right' } },
      { text: 'Umsatz gesamt', cell: { row: 1, header: false } },
      { text: '9.612', cell: { row: 1, header: false, align: 'right' } },
      { text: '+2,5 %', cell: { row: 1, header: false, align: 'right' } },
      { text: 'davon Cloud', cell: { row: 2, header: false } },
      { text: '5.140', cell: { row: 2, header: false, align: 'right' } },
      { text: '+24,8 %', cell: { row: 2, header: false, align: 'right' } },
    ]);
    expect(cells(readArticleBody(bodyOf(prepared.mdx)))).toEqual(cells(prepared.blocks));
    expect(problems).toEqual([]);
  });
});

/** A rendered table's rows (in its head or body or not), each as its cells. */
const rowsOf = (node: Element): Element[][] =>
  node.type === 'tr' ? [childrenOf(node).filter(isElement)] : childrenOf(node).filter(isElement).flatMap(rowsOf);

describe('the page', () => {
  it('shows the table with its rows and cells as the source has them, numbered as one block with its ¶ in its last cell', () => {
    const { prepared } = importText(HTML, 'a.html');
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    const table = rendered.find((node) => node.type === 'table')!;
    expect(table).toBeDefined();
    expect(rowsOf(table).map((row) => row.map((cell) => [cell.type, textOf(cell)]))).toEqual([
      [
        ['th', 'Partei'],
        ['th', 'Stimmen'],
        ['th', 'Anteil'],
      ],
      [
        ['td', 'Liste {A} | *neu*'],
        ['td', '1.204'],
        ['td', ''],
      ],
      [
        ['td', 'export Liste <B>'],
        ['td', 'keine Angabe'],
      ],
    ]);
    const paragraphs = articleParagraphs(prepared.frontmatter.lede, bodyOf(prepared.mdx));
    expect(rendered.map((node) => node.props.id)).toEqual(paragraphs.filter((p) => p.kind !== 'lede').map((p) => `p-${p.number}`));
    const numbered = paragraphs.find((p) => `p-${p.number}` === table.props.id)!;
    expect(numbered).toMatchObject({ kind: 'table', text: 'Partei Stimmen Anteil Liste {A} | *neu* 1.204 export Liste <B> keine Angabe' });
    const lastCell = rowsOf(table).at(-1)!.at(-1);
    expect(holdsPermalink(lastCell)).toBe(true);
    expect(
      childrenOf(table)
        .filter(isElement)
        .map((node) => node.type),
    ).toEqual(rowsOf(table).map(() => 'tr'));
  });
});

describe('a layout table', () => {
  it('whose cells hold paragraphs and headings stays paragraphs and headings', () => {
    const html = `<article><h1>Ein Titel</h1><table><tr><td><h2>Der Abschnitt</h2><p>Ein erster Absatz des Artikels.</p><p>Ein zweiter Absatz des Artikels.</p></td></tr></table></article>`;
    const { prepared, problems } = importText(html, 'a.html');
    expect(prepared.blocks.map((block) => block.kind)).not.toContain('cell');
    expect(prepared.blocks).toContainEqual(expect.objectContaining({ kind: 'paragraph', text: 'Ein zweiter Absatz des Artikels.' }));
    expect(problems).toEqual([]);
  });
});
