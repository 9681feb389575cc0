/** The importer's reading of whole HTML pages: where title, date, author and publisher come from, and the kicker above the headline. */
import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../src/record/article-mdx.ts';
import { importText } from '../helpers/import-text.ts';

/** Imports a page as page.html and runs the content check on the result. */
const importPage = (html: string) => {
  const { prepared, data, problems } = importText(html, 'page.html');
  return { prepared, data: data as unknown as ArticleFrontmatter, problems };
};

const BODY = [
  '<p>Walldorf. Der Softwarekonzern SAP vertieft seine Zusammenarbeit mit OpenAI. Künftig sollen Kunden die Sprachmodelle direkt in der Unternehmenssoftware nutzen können.</p>',
  '<p>SAP-Chef Christian Klein sagte: „Wir wollen, dass jeder Mitarbeiter einen KI-Assistenten hat.“ Bis Ende 2027 sollen 80 Prozent der Kunden erreicht werden.</p>',
].join('\n');

/** A page without og: tags: line 1 doctype, line 2 head, `header` on line 4, `BODY` from line 5. */
const page = (head: string, header: string) =>
  `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">${head}</head><body>\n<div id="main"><div class="article">\n${header}\n${BODY}\n</div></div>\n</body></html>\n`;

const JSON_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"KI-Boom: Warum SAP jetzt auf OpenAI setzt","datePublished":"2026-12-02T06:00:00+01:00","author":{"@type":"Person","name":"Larissa Holzki"},"publisher":{"name":"Handelsblatt"}}</script>';

describe('a whole page without og: tags', () => {
  it('takes title, date, author and publisher from its JSON-LD NewsArticle, and says so', () => {
    const { data, prepared, problems } = importPage(
      page(
        `<title>KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt</title>${JSON_LD}`,
        '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>',
      ),
    );
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(data.titleIsEditorial).toBeUndefined();
    expect(data.published).toBe('2026-12-02T06:00');
    expect(data.timeZone).toBe('+01:00');
    expect(data.author).toBe('Larissa Holzki');
    expect(data.publisher).toBe('Handelsblatt');
    expect(prepared.notes).toContain('title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s JSON-LD headline)');
    expect(prepared.notes).toContain("publisher: Handelsblatt (the page's JSON-LD publisher)");
    // The <h1> shows the title: it is not left out as "outside the article".
    expect(data.omitted ?? []).toEqual([]);
    expect(data.lede).toMatch(/^Walldorf\. Der Softwarekonzern/);
    expect(problems).toEqual([]);
  });

  it('records a byline reader mode leaves out, naming the author of the JSON-LD, as the byline', () => {
    const header =
      '<div class="header"><h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>\n<div class="meta">Larissa Holzki<br>02.12.2026 - 06:00 Uhr</div></div>';
    const { data, problems } = importPage(page(JSON_LD, header));
    expect(data.author).toBe('Larissa Holzki');
    // Its date too is read now ("02.12.2026 - 06:00 Uhr"): the line is the byline and the date.
    expect(data.omitted).toContainEqual({ lines: '5', reason: 'byline and date (in the frontmatter)' });
    expect(problems).toEqual([]);
  });

  it('takes its <h1> when no metadata names the title', () => {
    const { data, prepared, problems } = importPage(
      page('<title>SAP setzt auf OpenAI - Handelsblatt</title>', '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>'),
    );
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(prepared.notes).toContain('title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s <h1>)');
    expect(problems).toEqual([]);
  });

  it('takes its <title> without the site name when it has neither metadata nor an <h1>', () => {
    const { data, prepared, problems } = importPage(page('<title>KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt</title>', ''));
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(data.titleIsEditorial).toBeUndefined();
    expect(prepared.notes).toContain(
      'title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s <title> "KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt" without the site name, as reader mode reads it)',
    );
    expect(problems).toEqual([]);
  });

  it('reports JSON-LD that is no valid JSON, naming its line, instead of ignoring it silently', () => {
    const { prepared } = importPage(
      page('<script type="application/ld+json">{"headline": "x",}</script>', '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>'),
    );
    expect(prepared.notes.find((note) => note.startsWith('JSON-LD'))).toMatch(/^JSON-LD \(line 2\) is no valid JSON .*; not read/);
  });
});

describe('the kicker above the headline', () => {
  const heise = [
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta property="og:title" content="Microsoft investiert weitere Milliarden in OpenAI"></head><body><main><article>',
    '<header>',
    '<p class="kicker">Künstliche Intelligenz</p>',
    '<h1>Microsoft investiert weitere Milliarden in OpenAI</h1>',
    '<p class="lead"><strong>Der Konzern aus Redmond stockt seine Beteiligung auf – und sichert sich damit Zugriff auf neue Modelle.</strong></p>',
    '<p class="byline">Von <a href="/autor/eva-maria-weiss">Eva-Maria Weiß</a> · 04.12.2026, 10:15 Uhr</p>',
    '</header>',
    '<p>Microsoft hat am Donnerstag angekündigt, weitere zehn Milliarden US-Dollar in OpenAI zu investieren. Das teilte der Konzern mit.</p>',
    '<p>„Wir glauben an die Zukunft der generativen KI“, sagte Microsoft-Chef Satya Nadella. Der Schritt sei „ein Meilenstein“.</p>',
    '</article></main></body></html>',
    '',
  ].join('\n');

  it('is recorded as the kicker, and the teaser under the headline is the lede (heise)', () => {
    const { data, prepared, problems } = importPage(heise);
    expect(data.lede).toBe('Der Konzern aus Redmond stockt seine Beteiligung auf – und sichert sich damit Zugriff auf neue Modelle.');
    expect(data.omitted).toContainEqual({ lines: '4', reason: 'kicker' });
    expect(prepared.notes).toContain(
      'kicker: "Künstliche Intelligenz" (above the headline; the frontmatter has no field for it, so it is left out)',
    );
    expect(data.author).toBe('Eva-Maria Weiß');
    expect(data.published).toBe('2026-12-04T10:15');
    expect(problems).toEqual([]);
  });

  const spiegel = [
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta property="og:title" content="Sam Altman: Die Rückkehr des OpenAI-Chefs"><meta property="og:site_name" content="DER SPIEGEL"></head><body>',
    '<main><article>',
    '<header><span>Machtkampf bei OpenAI</span><h2>Sam Altman: Die Rückkehr des OpenAI-Chefs</h2>',
    '<div>Nach nur fünf Tagen ist Sam Altman zurück an der Spitze von OpenAI. Was steckt hinter dem Chaos? Eine Rekonstruktion.</div>',
    '<div class="byline">Von Patrick Beuth und Max Hoppenstedt</div>',
    '</header>',
    '<section>',
    '<p>Es war ein Wochenende, wie es das Silicon Valley selten erlebt hat. Am Freitag feuerte der Verwaltungsrat von OpenAI seinen Chef.</p>',
    '<p>Mehr als 700 der rund 770 Beschäftigten hatten in einem offenen Brief mit Kündigung gedroht. Das war der entscheidende Hebel.</p>',
    '</section>',
    '</article></main></body></html>',
    '',
  ].join('\n');

  it("on the headline's own line is the kicker too; the byline reader mode takes out names the author (spiegel)", () => {
    const { data, prepared, problems } = importPage(spiegel);
    expect(data.title).toBe('Sam Altman: Die Rückkehr des OpenAI-Chefs');
    expect(data.lede).toBe(
      'Nach nur fünf Tagen ist Sam Altman zurück an der Spitze von OpenAI. Was steckt hinter dem Chaos? Eine Rekonstruktion.',
    );
    expect(data.omitted).toContainEqual({ lines: '4', reason: 'kicker' });
    expect(data.author).toBe('Patrick Beuth und Max Hoppenstedt');
    expect(data.omitted).toContainEqual({ lines: '6', reason: 'byline (in the frontmatter)' });
    expect(prepared.notes).toContain(
      'author: Patrick Beuth und Max Hoppenstedt (the byline "Von Patrick Beuth und Max Hoppenstedt", as reader mode reads it)',
    );
    expect(problems).toEqual([]);
  });

  it('is no kicker when it stands below the headline (a lede stays the lede)', () => {
    const { data } = importPage(heise.replace('<p class="kicker">Künstliche Intelligenz</p>\n', ''));
    expect(data.lede).toBe('Der Konzern aus Redmond stockt seine Beteiligung auf – und sichert sich damit Zugriff auf neue Modelle.');
    expect((data.omitted ?? []).map((entry) => entry.reason)).not.toContain('kicker');
  });
});

describe('the lines of a left-out text', () => {
  it('are the lines its characters stand on, not those of the line breaks around it', () => {
    const golem = [
      '<!doctype html>',
      '<html><head><meta property="og:title" content="Bundesnetzagentur prüft KI-Rechenzentren"></head><body><article>',
      '<h1>Bundesnetzagentur prüft KI-Rechenzentren</h1>',
      '<time datetime="2026-12-03T14:05">3. Dezember 2026, 14:05 Uhr</time>',
      '<p>Die Bundesnetzagentur will den Strombedarf von KI-Rechenzentren in Deutschland genauer untersuchen. Betreiber müssen ihren Verbrauch melden.</p>',
      '<p>Betroffen sind Anlagen mit mehr als 500 kW Anschlussleistung. Microsoft, Google und Amazon betreiben mehrere solcher Standorte.</p>',
      '</article></body></html>',
      '',
    ].join('\n');
    const { data, problems } = importPage(golem);
    expect(data.omitted).toEqual([{ lines: '4', reason: 'byline and date (in the frontmatter)' }]);
    expect(problems).toEqual([]);
  });
});
