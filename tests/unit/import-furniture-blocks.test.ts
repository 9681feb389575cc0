/** Page furniture that is an element as a whole: image captions, ad containers and WordPress shortcodes are left out and recorded, article text stays. */
import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../src/record/article-mdx.ts';
import { importText } from '../helpers/import-text.ts';

const CAPTION = 'image caption (the image is left out)';

/** Imports `lines` (joined by line breaks) as `name`; the frontmatter, the body's texts and where a text stands in the file. */
function importLines(lines: readonly string[], name: string) {
  const { prepared, data, problems } = importText(`${lines.join('\n')}\n`, name);
  const lineOf = (text: string): string => String(lines.findIndex((line) => line.includes(text)) + 1);
  return { prepared, data: data as unknown as ArticleFrontmatter, problems, texts: prepared.blocks.map((block) => block.text), lineOf };
}

/** A saved page: its head, then `body` in an <article> under the headline, among paragraphs enough for reader mode. */
const page = (body: readonly string[]): string[] => [
  '<!DOCTYPE html>',
  '<html lang="de"><head><meta charset="utf-8"><title>Netzbetreiber warnen vor Engpässen</title>',
  '<meta property="og:title" content="Netzbetreiber warnen vor Engpässen"><meta property="og:site_name" content="Beispiel-Zeitung"></head>',
  '<body><article>',
  '<h1>Netzbetreiber warnen vor Engpässen</h1>',
  '<p>Die vier großen Übertragungsnetzbetreiber sehen die Versorgung gesichert – aber nur, wenn neue Leitungen rechtzeitig fertig werden.</p>',
  ...body,
  '<p>Hauptgrund sei der verzögerte Ausbau von Südlink. Die Leitung soll Windstrom aus dem Norden nach Bayern bringen; ihre Fertigstellung hat sich auf Ende 2028 verschoben.</p>',
  '<p>„Wir sind nicht in einer Krise, aber wir fahren auf Sicht“, sagte Tennet-Manager Tim Meyerjürgens.</p>',
  '</article></body></html>',
];

const FIRST =
  '<p>Die Betreiber der deutschen Stromautobahnen schlagen Alarm. In ihrem Bericht heißt es, die Netzreserve müsse im Winter auf 9,2 Gigawatt steigen.</p>';

describe('image captions', () => {
  it('a <figcaption> under an image is left out on its own line as the image’s caption', () => {
    const { data, prepared, problems, texts, lineOf } = importLines(
      page([
        '<figure><img src="mast.jpg" alt="Strommast">',
        '<figcaption>Ein Strommast bei Grevenbroich. © Federico Gambarini/dpa</figcaption></figure>',
        FIRST,
      ]),
      'zeit.html',
    );
    expect(texts.join('\n')).not.toContain('Grevenbroich');
    expect(data.omitted).toContainEqual({ lines: lineOf('<figcaption>'), reason: CAPTION });
    expect(data.omitted).toContainEqual({ lines: lineOf('<img'), reason: 'image mast.jpg (not embedded)' });
    expect(prepared.notes).toContain(`left out: line ${lineOf('<figcaption>')}: ${CAPTION}`);
    expect(texts[0]).toMatch(/^Die Betreiber/);
    expect(problems).toEqual([]);
  });

  it('an element whose class says caption is one: under an AMP image, and WordPress’s wp-caption-text', () => {
    const { data, problems, texts, lineOf } = importLines(
      page([
        '<amp-img src="muc.jpg" width="800" height="450" alt="Wohnhäuser"></amp-img>',
        '<p class="caption">Wohnhäuser in Schwabing. (Foto: Stephan Rumpf)</p>',
        FIRST,
        '<div class="wp-caption"><img src="bau.jpg" alt="">',
        '<p class="wp-caption-text">Die Baustelle am Ostufer im Januar.</p></div>',
      ]),
      'sz.html',
    );
    expect(texts.join('\n')).not.toMatch(/Schwabing|Baustelle/);
    expect(data.omitted).toContainEqual({ lines: lineOf('class="caption"'), reason: CAPTION });
    expect(data.omitted).toContainEqual({ lines: lineOf('wp-caption-text'), reason: CAPTION });
    expect(problems).toEqual([]);
  });

  it('a <figcaption> whose image the scraper lost is a caption too', () => {
    const { data, problems, texts, lineOf } = importLines(
      page([FIRST, '<figure><figcaption>Gesundheitsministerin Warken: Keine Alternative? Foto: Kay Nietfeld / dpa</figcaption></figure>']),
      'spiegel.html',
    );
    expect(texts.join('\n')).not.toContain('Warken');
    expect(data.omitted).toContainEqual({ lines: lineOf('<figcaption>'), reason: CAPTION });
    expect(problems).toEqual([]);
  });

  it('a credit line standing alone directly under an image is its caption, in Markdown too', () => {
    const { data, problems, texts } = importLines(
      [
        '# Netzbetreiber warnen vor Engpässen',
        '',
        'Die vier großen Übertragungsnetzbetreiber sehen die Versorgung gesichert.',
        '',
        '![Strommast](https://example.org/mast.jpg)',
        '',
        'Ein Strommast bei Grevenbroich. © Federico Gambarini/dpa',
        '',
        'Die Betreiber der deutschen Stromautobahnen schlagen Alarm.',
        '',
        '![Leitung](https://example.org/leitung.jpg)',
        '*Eine Leitung bei Fulda. Foto: Uwe Zucchi / dpa*',
        '',
        'Hauptgrund sei der verzögerte Ausbau von Südlink.',
      ],
      'netz.md',
    );
    expect(texts.join('\n')).not.toMatch(/Grevenbroich|Fulda/);
    expect(data.omitted).toContainEqual({ lines: '7', reason: CAPTION });
    expect(data.omitted).toContainEqual({ lines: '11-12', reason: CAPTION });
    expect(problems).toEqual([]);
  });

  it('an article sentence that mentions a photo stays, under an image too; so does a quote’s <figcaption>', () => {
    const photo = 'Das Foto: ein Beweisstück, das die Ermittler am Dienstag vorlegten.';
    const under = 'Das Bild zeigt den Mast kurz vor dem Sturm. Er stand seit 1974.';
    const { problems, texts } = importLines(
      page([
        FIRST,
        `<p>${photo}</p>`,
        '<p><img src="sturm.jpg" alt=""></p>',
        `<p>${under}</p>`,
        '<figure><blockquote><p>Wir fahren auf Sicht, und das seit Jahren.</p></blockquote><figcaption>Tim Meyerjürgens, Tennet</figcaption></figure>',
      ]),
      'foto.html',
    );
    expect(texts).toContain(photo);
    expect(texts).toContain(under);
    expect(texts).toContain('Tim Meyerjürgens, Tennet');
    expect(problems).toEqual([]);
  });
});

describe('advertisements', () => {
  it('a container whose first text is an ad label is an ad as a whole: its text is left out as "advertisement"', () => {
    const { data, prepared, problems, texts, lineOf } = importLines(
      page([
        FIRST,
        '<div class="ad-container"><p>Anzeige</p><p>Jetzt Bahncard 25 sichern – nur für kurze Zeit</p></div>',
        '<div class="ad-container"><span>ANZEIGE</span><div id="ad-slot-1"></div></div>',
      ]),
      't-online.html',
    );
    expect(texts.join('\n')).not.toMatch(/Bahncard|Anzeige/i);
    expect(data.omitted).toContainEqual({ lines: lineOf('Bahncard'), reason: 'advertisement' });
    expect(prepared.notes).toContain(`left out: line ${lineOf('Bahncard')}: advertisement`);
    expect(problems).toEqual([]);
  });

  it('an article paragraph that names an "Anzeige" stays, first in its container too; an ad label beside article text takes none of it', () => {
    const charge = 'Die Polizei erstattete Anzeige gegen den Fahrer.';
    const { problems, texts } = importLines(
      page([
        FIRST,
        `<div class="meldung"><p>${charge}</p><p>Der Mann war mit 2,1 Promille unterwegs.</p></div>`,
        '<div class="text"><div class="ad"><span>Anzeige</span></div><p>Die Bundesnetzagentur prüft den Bericht.</p></div>',
      ]),
      'polizei.html',
    );
    expect(texts).toContain(charge);
    expect(texts).toContain('Der Mann war mit 2,1 Promille unterwegs.');
    expect(texts).toContain('Die Bundesnetzagentur prüft den Bericht.');
    expect(problems).toEqual([]);
  });
});

describe('WordPress shortcodes', () => {
  const EXPORT = [
    '---',
    'title: "Stadtwerke Kiel investieren in Großwärmepumpe"',
    'date: 2026-01-22 08:30:00',
    '---',
    '',
    'Die Stadtwerke Kiel bauen am Ostufer eine Großwärmepumpe, die Wasser aus der Förde als Wärmequelle nutzt.',
    '',
    '[caption id="attachment_4812" align="aligncenter" width="800"]<img src="https://example-blog.de/waermepumpe.jpg" alt="Baustelle" width="800" /> Die Baustelle am Ostufer im Januar. Foto: Stadtwerke Kiel[/caption]',
    '',
    'Die Anlage soll ab 2028 rund 20.000 Haushalte mit Fernwärme versorgen.',
    '',
    '[gallery ids="4813,4814,4815"]',
    '',
    'Kritik kommt vom Naturschutzbund: Die Auswirkungen seien noch nicht untersucht.',
    '',
    '[embed]https://www.youtube.com/watch?v=abc123XYZ[/embed]',
  ];

  it('leaves the markup out as "WordPress shortcode", the caption’s text as its caption, and links no embed', () => {
    const { data, prepared, problems, texts } = importLines(EXPORT, 'wordpress.md');
    expect(texts).toEqual([
      'Die Stadtwerke Kiel bauen am Ostufer eine Großwärmepumpe, die Wasser aus der Förde als Wärmequelle nutzt.',
      'Die Anlage soll ab 2028 rund 20.000 Haushalte mit Fernwärme versorgen.',
      'Kritik kommt vom Naturschutzbund: Die Auswirkungen seien noch nicht untersucht.',
    ]);
    expect(prepared.notes.filter((note) => note.startsWith('links:'))).toEqual([]);
    expect(data.omitted).toHaveLength(6);
    expect(data.omitted).toEqual(
      expect.arrayContaining([
        { lines: '1-4', reason: 'front matter (YAML)' },
        { lines: '8', reason: 'WordPress shortcode' },
        { lines: '8', reason: CAPTION },
        { lines: '8', reason: 'image https://example-blog.de/waermepumpe.jpg (not embedded)' },
        { lines: '12', reason: 'WordPress shortcode' },
        { lines: '16', reason: 'WordPress shortcode' },
      ]),
    );
    expect(data.truncated).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('a square bracket in a sentence, an unknown name and a shortcode in a code block stay text', () => {
    const lines = [
      'Der Minister sagte, er [der Kanzler] habe davon gewusst.',
      '',
      '[Anmerkung der Redaktion: Der Text wurde am Montag ergänzt.]',
      '',
      'Im Editor setzt man mit [gallery ids="1,2"] eine Galerie.',
      '',
      '```',
      '[gallery ids="1,2"]',
      '```',
      '',
      'Das Plugin zeigt dann die Bilder an.',
    ];
    const { problems, texts, data } = importLines(lines, 'klammern.md');
    expect(texts).toContain('[Anmerkung der Redaktion: Der Text wurde am Montag ergänzt.]');
    expect(texts).toContain('Im Editor setzt man mit [gallery ids="1,2"] eine Galerie.');
    expect(texts).toContain('[gallery ids="1,2"]');
    expect(data.omitted ?? []).toEqual([]);
    expect(problems).toEqual([]);
  });
});
