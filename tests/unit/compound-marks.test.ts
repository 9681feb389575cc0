import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyMarks,
  BOUNDARY_CANDIDATES,
  chooseMarkers,
  FILLER_CANDIDATES,
  findCompoundMarks,
  mayHaveBody,
  PART_SLOTS,
  removeMarks,
  type Markers,
} from '../../scripts/search/compound-marks.ts';
import { pack, unpack } from '../../scripts/search/pagefind-bundle.ts';
import { createCompoundSplitter } from '../../scripts/search/compound-splitter.ts';

const split = createCompoundSplitter({ forms: ['Rechen', 'Leistung', 'Strom', 'Versorgung', 'Vertrag', 'Lauf', 'Zeit', 'Zentren'] });
const MARKERS: Markers = { boundary: '|', filler: '¦' };

function page(body: string, head = '<title>T</title>'): string {
  return `<!doctype html><html lang="de"><head>${head}</head><body><nav>Rechenleistung</nav><main data-pagefind-body>${body}</main></body></html>`;
}

function marked(html: string, unmarked = ''): string[] {
  return findCompoundMarks(html, split, unmarked).compounds.map((compound) => compound.parts.join('|'));
}

describe('finding compounds in a page', () => {
  it('marks words of the data-pagefind-body text only, not attributes, ignored elements or the elements named', () => {
    const html = page(
      '<h2>Rechenleistung</h2><p title="Stromversorgung">Die Rechenleistung und <em>Stromversorgung</em>.</p>' +
        '<p data-pagefind-ignore>Rechenzentren</p><p><a href="/x/">Vertragslaufzeit</a> <span class="mention">Rechenzentren</span></p>' +
        '<ul><li>Rechenzentren</li><li>Stromversorgung</li></ul>',
    );
    const all = [
      'Rechen|leistung',
      'Rechen|leistung',
      'Strom|versorgung',
      'Vertrags|laufzeit',
      'Rechen|zentren',
      'Rechen|zentren',
      'Strom|versorgung',
    ];
    expect(marked(html)).toEqual(all);
    expect(marked(html, 'h2, a, .mention')).toEqual(['Rechen|leistung', 'Strom|versorgung', 'Rechen|zentren', 'Strom|versorgung']);
  });

  it('leaves a word alone when its Pagefind word holds more letters: hyphens, inline tags, character references', () => {
    const html = page(
      '<p>KI-Rechenleistung Rechenleistung-Boom Rechen<b>leistung</b> <b>KI</b>-Rechenzentren Rechen&shy;leistung „Stromversorgung“, (Vertragslaufzeit).</p>',
    );
    expect(marked(html)).toEqual(['Strom|versorgung', 'Vertrags|laufzeit']);
  });

  it('tells whether the page has a data-pagefind-body element', () => {
    expect(findCompoundMarks(page('<p>x</p>'), split).hasBody).toBe(true);
    const bodyless = '<!doctype html><html><body><main><p>data-pagefind-body</p></main></body></html>';
    expect([mayHaveBody(bodyless), findCompoundMarks(bodyless, split).hasBody]).toEqual([true, false]);
    expect(mayHaveBody('<html><body><p>x</p></body></html>')).toBe(false);
  });

  it('reports the candidate characters a page already holds, raw, as character references, in attributes and comments', () => {
    const { present } = findCompoundMarks(page('<p>a | b &#94; c</p><!-- ` --><p data-x="~">¦</p>'), split);
    expect(present).toEqual(expect.arrayContaining(['|', '^', '`', '~', '¦']));
    // Markup characters ("<!doctype", "</p>", "data-x=") count too; brackets and "¤" occur nowhere.
    expect(present.filter((candidate) => '{}[]¤'.includes(candidate))).toEqual([]);
  });
});

describe('marks', () => {
  it('separate parts by the boundary and pad the first boundary with fillers up to PART_SLOTS parts', () => {
    const html = '<p>Die Rechenleistungskontrakte, die Rechenleistung.</p>';
    const compounds = [
      { start: 7, parts: ['Rechen', 'leistungs', 'kontrakte'] },
      { start: 37, parts: ['Rechen', 'leistung'] },
    ];
    expect(applyMarks(html, compounds, MARKERS)).toBe(
      `<p>Die Rechen|${'¦|'.repeat(PART_SLOTS - 3)}leistungs|kontrakte, die Rechen|${'¦|'.repeat(PART_SLOTS - 2)}leistung.</p>`,
    );
  });

  it('are the first candidates no page or URL holds', () => {
    expect(chooseMarkers([[], []])).toEqual({ boundary: '|', filler: '¦' });
    expect(chooseMarkers([['|'], ['¦', '^']], ['/a~b/'])).toEqual({ boundary: '`', filler: '¤' });
    expect(chooseMarkers([BOUNDARY_CANDIDATES], [])).toBeUndefined();
    expect(chooseMarkers([FILLER_CANDIDATES], [])).toBeUndefined();
  });

  it('come out exactly when removed from any text that held none of them', () => {
    // Text before each compound holds no markup ("<", "&"), so each compound stands as a word of its own.
    const before = fc.stringMatching(/^[A-Za-zäöü .,|¦^`>;-]{0,60}$/);
    const tail = fc.stringMatching(/^[A-Za-zäöü .,|¦^`<>&;-]{0,60}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(before, fc.constantFrom('Rechenleistung', 'Stromversorgung', 'Vertragslaufzeit')), { minLength: 1 }),
        tail,
        (pieces, tail) => {
          const html = page(`<p>${pieces.map(([before, word]) => `${before} ${word} `).join('')}${tail}</p>`);
          const marks = findCompoundMarks(html, split);
          expect(marks.compounds).toHaveLength(pieces.length);
          // The text uses at most three boundary candidates and one filler, so markers are always free.
          const markers = chooseMarkers([marks.present])!;
          expect(markers).toBeDefined();
          const result = applyMarks(html, marks.compounds, markers);
          expect(result.replaceAll(markers.boundary, '').replaceAll(markers.filler, '')).toBe(html);
          expect(result.length - html.length).toBe(marks.compounds.length * (2 * PART_SLOTS - 3));
        },
      ),
    );
  });
});

describe('with Pagefind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compound-marks-'));
  afterAll(async () => {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let unmarkedFiles = 0;
  /** Decoded fragment JSON by URL, after indexing the pages as given (and removing `markers`). */
  async function fragments(
    pages: Record<string, string>,
    transform: (html: string) => string,
    markers?: Markers,
  ): Promise<Map<string, string>> {
    const out = mkdtempSync(join(dir, 'bundle-'));
    const { index } = await pagefind.createIndex({ forceLanguage: 'de' });
    for (const [url, html] of Object.entries(pages)) await index!.addHTMLFile({ url, content: transform(html) });
    await index!.writeFiles({ outputPath: out });
    const result = new Map<string, string>();
    for (const name of readdirSync(join(out, 'fragment'))) {
      const path = join(out, 'fragment', name);
      if (markers) {
        const text = unpack(readFileSync(path), path).toString('utf8');
        const unmarked = removeMarks(text, markers);
        if (unmarked !== text) writeFileSync(path, pack(unmarked));
        unmarkedFiles += unmarked !== text ? 1 : 0;
      }
      const text = unpack(readFileSync(path), path).toString('utf8');
      result.set((JSON.parse(text) as { url: string }).url, text);
    }
    return result;
  }

  it('writes fragments byte-identical to an unmarked index, also for pages that hold the usual marks themselves', async () => {
    const pages = {
      '/plain/': page('<h2 id="a">Rechenleistung</h2><p>Die Rechenleistung, die Stromversorgung und <a href="/">Rechenzentren</a>.</p>'),
      '/bar/': page('<p>Tabelle | Vertragslaufzeit ¦ Rechenleistung &#94; Stromversorgung</p>', '<title>A | B</title>'),
      '/entities/': page('<p>Rechen&shy;leistung &amp; Stromversorgung &quot;Rechenzentren&quot;</p>'),
    };
    const marks = Object.fromEntries(Object.entries(pages).map(([url, html]) => [url, findCompoundMarks(html, split)]));
    const markers = chooseMarkers(
      Object.values(marks).map((mark) => mark.present),
      Object.keys(pages),
    )!;
    expect(markers).toEqual({ boundary: '`', filler: '¤' });
    const byHtml = new Map(Object.entries(pages).map(([url, html]) => [html, marks[url]!]));
    const plain = await fragments(pages, (html) => html);
    const unmarked = await fragments(pages, (html) => applyMarks(html, byHtml.get(html)!.compounds, markers), markers);
    expect(unmarkedFiles).toBe(3);
    expect([...unmarked.keys()].sort()).toEqual(Object.keys(pages).sort());
    for (const [url, text] of plain) expect(unmarked.get(url), url).toBe(text);
  });
});
