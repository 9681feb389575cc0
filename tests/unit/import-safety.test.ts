/**
 * Imports that cannot lose or clobber text: the CLI in a temporary content folder (no build), and the
 * content check's one-source-one-article and verbatim-by-format rules.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check.ts';
import { prepareImport } from '../../src/record/import-article.ts';
import { runImport as runImportIn } from '../helpers/import-cli.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const SCRAPED = join(PROJECT, 'tests', 'fixtures', 'import', 'scraped');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-safety-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const runImport = (file: string, ...args: string[]) => runImportIn(dir, file, ...args);

/** A file in the temporary folder: `name` with `text`, or a copy of a scraped fixture. */
function input(name: string, text?: string): string {
  const path = join(dir, 'in', name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  if (text === undefined) copyFileSync(join(SCRAPED, name), path);
  else writeFileSync(path, text);
  return path;
}

describe('importing the same text twice', () => {
  it('is refused, naming the existing slug; --allow-duplicate imports it anyway', () => {
    expect(runImport(input('consent-banner.txt')).status).toBe(0);
    const again = input('kopie.txt', readFileSync(join(SCRAPED, 'consent-banner.txt'), 'utf8').replace(/\n/g, '\r\n'));
    const refused = runImport(again, '--slug', 'kopie');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('already imported as microsoft-investiert-in-rechenzentren-in-hessen');
    expect(refused.output).toContain('nothing was written');
    expect(runImport(again, '--slug', 'kopie', '--allow-duplicate').status).toBe(0);
  });

  it('tells two short notes apart by their titles and ledes, in one import and one after the other', () => {
    // Title and one paragraph each: the paragraph becomes the lede, so the bodies are both empty.
    const apple = input('apple.txt', 'Apple kündigt KI-Funktionen an\n\nApple will im Frühjahr neue KI-Funktionen vorstellen.\n');
    const intel = input('intel.txt', 'Intel baut kein Werk in Magdeburg\n\nIntel hat seine Pläne endgültig aufgegeben.\n');
    const together = runImport(apple, intel);
    expect(together.status, together.output).toBe(0);
    expect(readdirSync(join(dir, 'content', 'articles'))).toHaveLength(2);
    const later = input('amd.txt', 'AMD liefert neue Chips\n\nAMD liefert die neuen Chips im Mai aus.\n');
    expect(runImport(later).status).toBe(0);
    const copy = input('apple-kopie.txt', 'Apple kündigt KI-Funktionen an\n\nApple will im Frühjahr neue KI-Funktionen vorstellen.\n');
    expect(runImport(copy, '--slug', 'apple-kopie').output).toContain('already imported as apple-kuendigt-ki-funktionen-an');
  });
});

describe('--force', () => {
  it('replaces the article it names, but never a source file another article uses', () => {
    const first = input('artikel.txt', 'Erster Titel\n\nErster Text, ganz.\n');
    expect(runImport(first, '--slug', 'eins').status).toBe(0);
    mkdirSync(join(dir, 'other'));
    const other = join(dir, 'other', 'artikel.txt');
    writeFileSync(other, 'Zweiter Titel\n\nZweiter Text, anders.\n');
    const refused = runImport(other, '--slug', 'zwei', '--force');
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/exists with other content and is the source of content\/articles\/eins\.mdx/);
    expect(readFileSync(join(dir, 'content', 'sources', 'artikel.txt'), 'utf8')).toBe('Erster Titel\n\nErster Text, ganz.\n');
    const replaced = runImport(other, '--slug', 'eins', '--force');
    expect(replaced.status, replaced.output).toBe(0);
    expect(readFileSync(join(dir, 'content', 'articles', 'eins.mdx'), 'utf8')).toContain('Zweiter Text, anders.');
  });
});

describe('several files in one import (a scraper delivery)', () => {
  const written = () => (existsSync(join(dir, 'content', 'articles')) ? readdirSync(join(dir, 'content', 'articles')).sort() : []);

  it('imports each, saying for each file what it wrote', () => {
    const files = ['agency-ending.txt', 'jekyll-rfc2822.md', 'html-fragment.html'].map((name) => input(name));
    const result = runImport(files[0]!, ...files.slice(1));
    expect(result.status, result.output).toBe(0);
    expect(written()).toHaveLength(3);
    for (const name of ['agency-ending.txt', 'jekyll-rfc2822.md', 'html-fragment.html']) {
      expect(result.output).toContain(`wrote content/sources/${name}`);
      expect(readFileSync(join(dir, 'content', 'sources', name))).toEqual(readFileSync(join(SCRAPED, name)));
    }
    expect(result.output.match(/recognised:/g)).toHaveLength(3);
  });

  it('writes nothing when one file is refused, and names every refused file with its reason', () => {
    const good = input('closing-byline.txt');
    const empty = input('leer.txt', '');
    const copy = input('kopie.txt', readFileSync(good, 'utf8'));
    const result = runImport(good, empty, copy);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${empty}: the file is empty`);
    // The copy repeats a file of the same delivery.
    expect(result.output).toMatch(
      new RegExp(`${copy}: this text is the text of in/closing-byline.txt in this import \\([a-z0-9-]+\\); leave one out`),
    );
    expect(result.output).toContain('nothing was written (1 of 3 files were ready; fix or leave out the others)');
    expect(written()).toEqual([]);
    expect(existsSync(join(dir, 'content', 'sources'))).toBe(false);
  });

  it('refuses the options that describe one article', () => {
    const result = runImport(input('agency-ending.txt'), input('closing-byline.txt'), '--title', 'Ein Titel', '--truncated');
    expect(result.status).toBe(1);
    expect(result.output).toContain('--title, --truncated describe one article: import that file alone');
    expect(written()).toEqual([]);
  });
});

describe('a large text', () => {
  it('is imported with a warning that gives its size and reading time', () => {
    const paragraph = 'Ein Satz über Microsoft und OpenAI, der sich wiederholt und damit Länge schafft. '.repeat(10);
    const text = `Ein langer Text\n\n${Array.from({ length: 800 }, () => paragraph).join('\n\n')}\n`;
    const result = runImport(input('lang.txt', text));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/warning: the text is large: \d{3} KB, [\d,]+ words, about \d+ minutes of reading/);
  });

  it('a small one gets no warning', () => expect(runImport(input('corpus-one-paragraph.txt')).output).not.toMatch(/warning/));
});

describe('the content check', () => {
  const files = (articles: [string, string][], sources: [string, string][]) => ({
    articles: new Map(articles),
    summaries: new Map(),
    entities: new Map(),
    events: new Map(),
    sources: new Map(sources),
  });

  it('names both articles when two share one source file', () => {
    const mdx = '---\ntitle: "T"\npublisher: "unknown"\nsource: "a.txt"\n---\n\nText.\n';
    const problems = checkContent(
      files(
        [
          ['content/articles/eins.mdx', mdx],
          ['content/articles/zwei.mdx', mdx],
        ],
        [['a.txt', 'Text.\n']],
      ),
    );
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      expect.stringMatching(
        /^content\/articles\/eins\.mdx: field "source": content\/sources\/a\.txt is also the source of content\/articles\/zwei\.mdx/,
      ),
      expect.stringMatching(
        /^content\/articles\/zwei\.mdx: field "source": content\/sources\/a\.txt is also the source of content\/articles\/eins\.mdx/,
      ),
    ]);
  });

  it('finds a changed word inside a Markdown link, and a line left out without a record', () => {
    const raw = readFileSync(join(SCRAPED, 'title-link-images.md'), 'utf8');
    const { mdx } = prepareImport(new TextEncoder().encode(raw), 'a.md', { slug: 'a' });
    const check = (text: string) =>
      checkContent(files([['content/articles/a.mdx', text]], [['a.md', raw]])).map((problem) => problem.message);
    expect(check(mdx)).toEqual([]);
    expect(check(mdx.replace('az-123.pdf](', 'az-124.pdf]('))).toEqual([
      expect.stringMatching(/^content\/sources\/a\.md:9 is not in the article word for word: "Die Firma kann binnen 30 Tagen/),
    ]);
    expect(check(mdx.replace(/\n\n<p><em>Mit Material von Reuters<\/em><\/p>/, ''))).toEqual([
      expect.stringMatching(/^content\/sources\/a\.md:18 is not in the article word for word: "Mit Material von Reuters"/),
    ]);
  });

  it('accepts omitted lines only where the article records them', () => {
    const raw = readFileSync(join(SCRAPED, 'consent-banner.txt'), 'utf8');
    const { mdx } = prepareImport(new TextEncoder().encode(raw), 'a.txt', { slug: 'a' });
    const check = (text: string) =>
      checkContent(files([['content/articles/a.mdx', text]], [['a.txt', raw]])).map((problem) => problem.message);
    expect(check(mdx)).toEqual([]);
    expect(check(mdx.replace('lines: "5-6"', 'lines: "5"'))).toEqual([
      expect.stringMatching(/^content\/sources\/a\.txt:5 is not in the article/),
    ]);
  });
});
