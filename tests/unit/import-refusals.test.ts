/** Input the importer cannot take as it is (each refusal names the file's problem, where it is, and the fix), and front matter it reads whole. */
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../src/record/import-article.ts';
import { InputRefusal } from '../../src/record/text-decoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The refusal's message for `bytes` imported as `name`; fails the test when the import is not refused. */
function refusal(bytes: Uint8Array, name: string): string {
  try {
    prepareImport(bytes, name);
  } catch (error) {
    if (error instanceof InputRefusal) return error.message;
    throw error;
  }
  throw new Error(`${name} was imported, not refused`);
}

describe('front matter', () => {
  it('that is never closed is refused, naming its opening line and where to close it', () => {
    const message = refusal(utf8('---\ntitle: Offener Zaun\ndate: 2026-12-04\n\nMicrosoft baut in Hessen.\n'), 'a.md');
    expect(message).toMatch(/front matter opened on line 1 .*never closed/);
    expect(message).toContain('add a line --- after line 3');
  });

  it('a Markdown file that opens with a rule and no fields is no front matter', () => {
    expect(prepareImport(utf8('---\n\nMicrosoft baut in Hessen. Der Bau beginnt 2027.\n'), 'a.md').blocks.length).toBeGreaterThan(0);
  });

  it('broken YAML names the file’s line, the field and how to quote its value', () => {
    const colon = refusal(utf8('---\ntitle: Microsoft: Neue KI-Offensive\ndate: 2026-12-04\n---\n\nText des Artikels.\n'), 'a.md');
    expect(colon).toContain('line 2');
    expect(colon).toContain('field "title"');
    expect(colon).toContain('title: "Microsoft: Neue KI-Offensive"');
    const quote = refusal(utf8('---\ndate: 2026-12-04\ntitle: "Unvollständig\nauthor: Max\n---\n\nText.\n'), 'a.md');
    expect(quote).toContain('line 3');
    expect(quote).toContain('field "title"');
  });

  it('broken TOML names the file’s line', () => {
    expect(refusal(utf8('+++\ntitle = "T"\ndate = \n+++\n\nText.\n'), 'a.md')).toMatch(/line 3\b.*field "date"/);
  });
});

describe('encodings', () => {
  it('UTF-16 is named as such, with the fix, not called binary', () => {
    const text = '\uFEFFGericht stoppt KI-Projekt\n\nDas Gericht hat es gestoppt.\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(refusal(le, 'a.txt')).toMatch(/UTF-16 \(little-endian.*save it as UTF-8/);
    const be = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
    expect(refusal(be, 'a.txt')).toMatch(/UTF-16 \(big-endian/);
  });

  it('a page that declares another charset is named with its charset and the command that converts it', () => {
    const page = Buffer.from(
      '<html><head><meta charset="ISO-8859-1"><title>T</title></head><body><p>Förderprogramm für KI.</p></body></html>',
      'latin1',
    );
    const message = refusal(new Uint8Array(page), 'a.html');
    expect(message).toContain('declares the charset ISO-8859-1');
    expect(message).toContain('iconv -f ISO-8859-1 -t UTF-8');
  });

  it('UTF-8 that was decoded as Windows-1252 and saved again is refused, showing the word as it should read', () => {
    const message = refusal(utf8('KÃ¼nstliche Intelligenz: GroÃŸe PlÃ¤ne\n\nDie EU will â€ždas Beste“.\n'), 'a.txt');
    expect(message).toMatch(/encoded twice/);
    expect(message).toContain('"KÃ¼nstliche" on line 1 should read "Künstliche"');
  });

  it('leaves real text with rare letters alone', () => {
    expect(prepareImport(utf8('SÃO PAULO: Ärger über Öl\n\nDer Konzern Ã…ngström AB meldet Gewinne.\n'), 'a.txt').blocks).toBeDefined();
  });
});

describe('what is no article', () => {
  it('a scraper’s JSON record is named as JSON, with what to import instead', () => {
    const message = refusal(utf8('{"title": "Google startet Gemini", "text": "Google hat Gemini gestartet."}\n'), 'a.json');
    expect(message).toMatch(/is JSON/);
    expect(message).toMatch(/plain text, Markdown or HTML/);
  });

  it('a file of page furniture only names what was left out and how to keep it', () => {
    const message = refusal(utf8('Titel\n\nNewsletter abonnieren\n\nArtikel teilen\n\nKommentare\n'), 'a.txt');
    expect(message).toContain('every block after the title is page furniture');
    expect(message).toContain('--keep-furniture');
  });
});

describe('several authors', () => {
  it('in front matter are all named, as JSON-LD names them', () => {
    const yaml = '---\ntitle: T\nauthors:\n  - Anna Schmidt\n  - name: Jan Berg\n---\n\nText des Artikels.\n';
    expect(prepareImport(utf8(yaml), 'a.md').frontmatter.author).toBe('Anna Schmidt, Jan Berg');
    expect(prepareImport(utf8('+++\ntitle = "T"\nauthor = ["Anna Schmidt", "Jan Berg"]\n+++\n\nText.\n'), 'a.md').frontmatter.author).toBe(
      'Anna Schmidt, Jan Berg',
    );
  });
});

describe('front matter keys the importer does not use', () => {
  it('are named in the report, so the editor knows what was not read', () => {
    const yaml =
      '---\ntitle: T\ndatum: 2026-03-01\ntags: [a, b]\ndescription: |\n  Zwei Zeilen\n  Beschreibung\n---\n\nText des Artikels.\n';
    expect(prepareImport(utf8(yaml), 'a.md').notes).toContain(
      'front matter (YAML, lines 1–8): read title, datum; not used: tags, description; left out of the article',
    );
  });
});
