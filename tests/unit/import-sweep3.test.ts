/** Inputs from the third importer sweep (/tmp/impsweep3): files that are no article as they stand, file names, pagination, counters, bylines. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareImport } from '../../src/record/import-article.ts';
import { InputRefusal } from '../../src/record/text-decoding.ts';
import { runImport } from '../helpers/import-cli.ts';
import { importText } from '../helpers/import-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The refusal's message for `text` imported as `name`; fails the test when the import is not refused. */
function refusal(text: string, name: string, format?: 'html' | 'text'): string {
  try {
    prepareImport(utf8(text), name, format ? { format } : {});
  } catch (error) {
    if (error instanceof InputRefusal) return error.message;
    throw error;
  }
  throw new Error(`${name} was imported, not refused`);
}

const MHTML = [
  'From: <Von Chrome gespeichert>',
  'Snapshot-Content-Location: https://www.spiegel.de/wirtschaft/a-1234.html',
  'Subject: =?utf-8?Q?Mietpreisbremse_verl=C3=A4ngert?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----MultipartBoundary--Xq3k9"',
  '',
  '------MultipartBoundary--Xq3k9',
  'Content-Type: text/html',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<!DOCTYPE html><html><body><h1>Mietpreisbremse verl=C3=A4ngert</h1><p>Daf=C3=BCr stimmten 3=',
  '84 Abgeordnete.</p></body></html>',
  '------MultipartBoundary--Xq3k9--',
  '',
].join('\r\n');

const FORWARD = [
  'Von: Petra Sommer <p.sommer@stadt-ulm.de>',
  'Gesendet: Dienstag, 17. März 2026 11:42',
  'An: Redaktion <redaktion@suedwest-presse.de>',
  'Betreff: WG: Pressemitteilung: Ulm bekommt neues Hallenbad',
  '',
  'Hallo zusammen,',
  'anbei der Text.',
  '',
  '-----Ursprüngliche Nachricht-----',
  'Von: Pressestelle Stadt Ulm',
  'Gesendet: Dienstag, 17. März 2026 09:15',
  'Betreff: Pressemitteilung: Ulm bekommt neues Hallenbad',
  '',
  'Ulm bekommt neues Hallenbad',
  '',
  'Der Gemeinderat hat den Neubau des Westbads beschlossen. Das Bad soll 2029 eröffnen.',
  '',
].join('\n');

const RSS_ITEM = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<item xmlns:content="http://purl.org/rss/1.0/modules/content/">',
  '  <title>Open-Source-Modell aus Aachen</title>',
  '  <link>https://www.heise.de/news/x-10312345.html</link>',
  '  <pubDate>Wed, 11 Mar 2026 15:20:00 +0100</pubDate>',
  '  <content:encoded><![CDATA[<p>Ein Team der RWTH Aachen hat ein Sprachmodell veröffentlicht.</p>]]></content:encoded>',
  '</item>',
  '',
].join('\n');

describe('files that hold an article but are none as they stand', () => {
  it('a browser’s MHTML archive is refused, naming its encoding’s line and the fix (its page read "verl=C3=A4ngert", "3= 84")', () => {
    const message = refusal(MHTML, 'seite.txt');
    expect(message).toMatch(/MHTML/);
    expect(message).toContain('line 11');
    expect(message).toContain('quoted-printable');
    expect(message).toMatch(/HTML only/);
    expect(refusal(MHTML, 'seite.txt', 'html')).toMatch(/MHTML/);
  });

  it('an e-mail with its header is refused, naming the header’s lines and where the forwarded text starts (its addresses and cover note were published)', () => {
    const message = refusal(FORWARD, 'mail.txt');
    expect(message).toMatch(/e-mail/);
    expect(message).toContain('lines 1–4');
    expect(message).toContain('line 14');
    expect(message).toMatch(/addresses/);
  });

  it('a newsletter saved with its subject and sender only, and an article whose byline says "Von:", are imported', () => {
    const newsletter =
      'Betreff: Der Morgen – Ihr Briefing\nVon: Handelsblatt Morning Briefing <newsletter@handelsblatt.com>\n\nGuten Morgen,\n\ndie EZB lässt die Zinsen unverändert. Das erwarten Ökonomen.\n';
    expect(importText(newsletter, 'a.txt').problems).toEqual([]);
    const byline =
      'Zinsen bleiben unverändert\n\nVon: Anna Berg\nAn diesem Donnerstag entscheidet die EZB.\n\nDie Zinsen bleiben, wie sie sind.\n';
    expect(importText(byline, 'b.txt').problems).toEqual([]);
  });

  it('an RSS item is refused on the line of its <item>, with the fix (its XML was the page)', () => {
    const message = refusal(RSS_ITEM, 'item.xml');
    expect(message).toMatch(/RSS <item>/);
    expect(message).toContain('line 2');
    expect(message).toContain('content:encoded');
    expect(refusal('<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>T</title></entry>\n</feed>\n', 'f.txt')).toMatch(
      /line 1: .*Atom <feed>/,
    );
  });

  it('an XHTML page (an EPUB chapter) with an XML declaration is still an article', () => {
    const xhtml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Kapitel 3</title></head>\n<body><h1>Die Rechenzentren</h1><p>Im Sommer 2025 verbrauchten die Rechenzentren mehr Strom als der Flughafen.</p></body></html>\n';
    expect(importText(xhtml, 'kapitel.txt').problems).toEqual([]);
  });
});

describe('the source file’s name', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-sweep3-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('written with decomposed umlauts (macOS) is stored composed (NFC), the name the built site serves (its link led nowhere)', () => {
    const name = 'Kommentar Ärger über die Brücke.md'.normalize('NFD');
    mkdirSync(join(dir, 'in'), { recursive: true });
    const file = join(dir, 'in', name);
    const text = '# Die Brückensperrung war absehbar\n\nSeit Montag ist die Brücke gesperrt. Das war absehbar.\n';
    writeFileSync(file, text);
    const result = runImport(dir, file);
    expect(result.status, result.output).toBe(0);
    const stored = readdirSync(join(dir, 'content', 'sources'));
    expect(stored).toEqual([name.normalize('NFC')]);
    expect(readFileSync(join(dir, 'content', 'sources', stored[0]!), 'utf8')).toBe(text);
    const article = readdirSync(join(dir, 'content', 'articles'))[0]!;
    expect(readFileSync(join(dir, 'content', 'articles', article), 'utf8')).toContain(`source: "${name.normalize('NFC')}"`);
    expect(result.output).toMatch(/composed \(NFC\)/);
  });
});

describe('the content check', () => {
  it('names an article whose source file name is decomposed, with the fix', async () => {
    const { checkContent } = await import('../../src/checks/content-check.ts');
    const { prepared } = importText('Titel\n\nEin Satz des Artikels.\n', 'x.txt');
    const name = 'Ärger.txt'.normalize('NFD');
    const mdx = prepared.mdx.replace('source: "x.txt"', `source: "${name}"`);
    const problems = checkContent({
      articles: new Map([['content/articles/x.mdx', mdx]]),
      summaries: new Map(),
      entities: new Map(),
      events: new Map(),
      sources: new Map([[name, 'Titel\n\nEin Satz des Artikels.\n']]),
    });
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/decomposed .*composed \(NFC\)/);
  });
});

describe('an article on several pages', () => {
  const page = (pager: string) =>
    `<!DOCTYPE html><html><head><title>Raspberry Pi 6 im Test</title></head><body><article><h1>Raspberry Pi 6 im Test</h1>
<p>Knapp drei Jahre nach dem Raspberry Pi 5 kommt der Nachfolger. Der Chip hat vier Kerne mit 2,8 GHz.</p>
<p>In unseren Benchmarks ist der Pi 6 rund 2,3-mal so schnell wie sein Vorgänger. Unter Volllast zieht er 9,8 Watt.</p>
<p>Die NVMe-Schnittstelle ist mit PCIe 3.0 x1 angebunden. Eine SSD erreicht bis zu 870 MByte/s beim Lesen.</p>
</article>
<nav class="paginator">${pager}</nav></body></html>\n`;

  it('when the file is its first page ("Seite 1 / 3", "Seite 1 von 3") is cut off, saying so (it was "complete")', () => {
    for (const pager of ['<span>Seite 1 / 3</span> <a href="/x-2.html">Nächste Seite</a>', '<p>Seite 1 von 3</p>']) {
      const { prepared, data, problems } = importText(page(pager), 'golem.html');
      expect(problems).toEqual([]);
      expect(data['truncated']).toBe(true);
      expect(prepared.notes.join('\n')).toMatch(/cut off: page 1 of 3/);
    }
  });

  it('when the file is its last page is complete, and the report says the earlier pages are elsewhere; a sentence naming a page is no pager', () => {
    const last = importText(page('<a href="/x-2.html">Vorherige Seite</a> <span>Seite 3 / 3</span>'), 'golem.html');
    expect(last.data['truncated']).toBeUndefined();
    expect(last.prepared.notes.join('\n')).toMatch(/page 3 of 3.*pages 1–2/);
    const sentence = importText(
      'Bericht liegt vor\n\nDer Bericht nennt die Zahl auf Seite 1 von 3 Anhängen. Sie ist hoch.\n\nDas Ministerium will reagieren.\n',
      'a.txt',
    );
    expect(sentence.data['truncated']).toBeUndefined();
  });
});

describe('controls the sanitiser drops', () => {
  it('leave the text on either side apart: two counters between buttons are no one number ("23", "4" read "234")', () => {
    const page = `<!DOCTYPE html><html><head><title>Die Woche</title></head><body><article><h1>Die Woche in der KI-Regulierung</h1>
<div class="post-ufi"><button>Gefällt mir</button><span>23</span><button>Kommentar</button><span>4</span><button>Teilen</button></div>
<p>Die EU-Kommission hat die Leitlinien für Hochrisiko-Systeme erneut verschoben, diesmal auf Juni. Grund seien über 1.100 Stellungnahmen.</p>
<p>Das Kabinett hat am Mittwoch beschlossen, dass die Bundesnetzagentur die Marktaufsicht übernimmt. Die Länder hatten sich beworben.</p>
</article></body></html>\n`;
    const { prepared, problems } = importText(page, 'substack.html');
    expect(problems).toEqual([]);
    const texts = [prepared.frontmatter.lede ?? '', ...prepared.blocks.map((block) => block.text)];
    expect(texts.some((text) => /(?<!\d)234(?!\d)/.test(text))).toBe(false);
    expect(prepared.mdx).not.toMatch(/(?<![\d.])234(?!\d)/);
  });

  it('keep a word whole that an inline icon sits beside', () => {
    const { prepared, problems } = importText(
      '<p>Die Bundesnetzagentur übernimmt die Aufsicht<svg><title>Info</title></svg>. Die Länder hatten sich beworben.</p>\n',
      'a.html',
    );
    expect(problems).toEqual([]);
    expect(prepared.mdx).toContain('Aufsicht. Die Länder');
  });
});

describe('a meta line under the headline', () => {
  // /tmp/impsweep3/inputs/12-t3n.html: byline, date and reading time on one line, the teaser after it.
  const html = `<article><h1>Microsoft macht Copilot in Teams kostenpflichtig</h1>
<p>Von Jörn Brien • 09.03.2026 • 3 Min. Lesezeit</p>
<p>Ab April kostet der KI-Assistent in Teams extra, wie Microsoft am Montag mitteilte.</p>
<p>Firmen müssen ihre Lizenzen bis dahin anpassen, sonst entfällt die Funktion.</p>
</article>`;

  it('with a reading time after byline and date is the byline, not the lede', () => {
    const { data, problems } = importText(html, 'a.html');
    expect(data['lede']).toBe('Ab April kostet der KI-Assistent in Teams extra, wie Microsoft am Montag mitteilte.');
    expect(data['author']).toBe('Jörn Brien');
    expect(data['published']).toBe('2026-03-09');
    expect(problems).toEqual([]);
  });

  it('that names no date stays what it was: a reading time alone is furniture, not a byline', () => {
    const { data } = importText(html.replace('Von Jörn Brien • 09.03.2026 • ', ''), 'a.html');
    expect(data['author']).toBeUndefined();
    expect(data['lede']).toBe('Ab April kostet der KI-Assistent in Teams extra, wie Microsoft am Montag mitteilte.');
  });
});
