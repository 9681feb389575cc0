/** `npm run import` end to end: raw texts (seeds and tricky fixtures) become built pages whose text matches the source; bad files are refused. */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { readPublisherDate } from '../../src/record/raw-article.ts';
import { foldWhitespace, unmatchedSourceLines } from '../../src/record/verbatim.ts';
import { blockTexts } from '../helpers/dist.ts';
import { copyProject, PROJECT, type ProjectCopy } from '../helpers/project-copy.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';

const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'import');
/** The seeds as committed; tests/site/articles.test.ts checks them byte for byte against the delivered files. */
const SEEDS = join(PROJECT, 'content', 'sources');

/** About 1 MB of German text with sub-headings, built from the seeds' own paragraphs. */
function longArticle(): string {
  const paragraphs = readFileSync(join(SEEDS, '004_c34021c74e7e4fa9.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 120);
  const parts = ['Ein sehr langer Artikel zum Testen', 'Testverlag 2025-01-02 10:00'];
  for (let section = 1; parts.join('\n\n').length < 1_000_000; section += 1) {
    parts.push(`Abschnitt ${section} des langen Artikels`, ...paragraphs.map((paragraph) => `${paragraph} (${section})`));
  }
  return parts.join('\n\n') + '\n';
}

const IMPORTS: { file: string; slug: string; args?: string[] }[] = [
  { file: join(SEEDS, '000_db88fdc0d8c3c3ba.txt'), slug: 'seed-000-import', args: ['--title', 'Ein Titel der Redaktion'] },
  { file: join(SEEDS, '004_c34021c74e7e4fa9.txt'), slug: 'seed-004-import' },
  { file: join(FIXTURES, 'tricky-crlf-bom.txt'), slug: 'tricky' },
  { file: join(FIXTURES, 'cr-only.txt'), slug: 'cr-only', args: ['--date', '2024-02-29', '--publisher', 'Testverlag'] },
  { file: join(FIXTURES, 'wrapped-urls.txt'), slug: 'wrapped' },
  { file: 'LONG', slug: 'long-article' },
];

let project: ProjectCopy;
const outputs = new Map<string, { status: number | null; output: string }>();
/** The file each import read, so its copy in content/sources can be compared byte for byte. */
const inputs = new Map<string, string>();
let build: { status: number | null; output: string };
let check: { status: number | null; output: string };

beforeAll(() => {
  project = copyProject();
  for (const { file, slug, args = [] } of IMPORTS) {
    let path = file;
    if (file === 'LONG') {
      path = join(project.root, 'long-article.txt');
      writeFileSync(path, longArticle());
    }
    // The copy holds the seeds' own articles: a seed imported again is a duplicate on a source of its own.
    const again = file.startsWith(SEEDS) ? ['--allow-duplicate'] : [];
    if (again.length) copyFileSync(file, (path = join(project.root, `${slug}.txt`)));
    inputs.set(slug, path);
    outputs.set(slug, project.run('import', path, '--slug', slug, ...args, ...again));
  }
  check = project.run('check');
  build = project.run('build');
}, 600_000);
afterAll(() => project?.remove());
const browser = useBrowser('import', () => project.root);

describe.each(IMPORTS)('importing $slug', ({ slug }) => {
  it('succeeds and says what it wrote and recognised', () => {
    const { status, output } = outputs.get(slug)!;
    expect(status, output).toBe(0);
    expect(output).toContain(`content/articles/${slug}.mdx`);
    expect(output).toMatch(/recognised:/);
  });

  it('builds a page that shows every source line character for character', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const source = readFileSync(
      join(
        project.root,
        'content',
        'sources',
        readdirSync(join(project.root, 'content', 'sources')).find((name) =>
          readFileSync(join(project.root, 'content', 'articles', `${slug}.mdx`), 'utf8').includes(`source: "${name}"`),
        )!,
      ),
    );
    const $ = load(readFileSync(join(project.root, 'dist', 'de', 'artikel', slug, 'index.html'), 'utf8'));
    const unmatched = unmatchedSourceLines(source.toString('utf8'), blockTexts($, 'article.document'));
    for (const line of unmatched) expect(readPublisherDate(line), `not on the page: ${line}`).toBeDefined();
  });

  it('gives every block its paragraph id with no manual step, as the numbering rule numbers it', () => {
    const mdx = readFileSync(join(project.root, 'content', 'articles', `${slug}.mdx`), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)!;
    const expected = articleParagraphs((parse(frontmatter[1]!) as { lede?: string }).lede, mdx.slice(frontmatter[0].length));
    const $ = load(readFileSync(join(project.root, 'dist', 'de', 'artikel', slug, 'index.html'), 'utf8'));
    const shown = $('article.document [id^="p-"]')
      .map((_, element) => ({ id: $(element).attr('id'), text: foldWhitespace($(element).text()) }))
      .get();
    expect(shown).toEqual(expected.map((paragraph) => ({ id: `p-${paragraph.number}`, text: paragraph.text })));
  });

  it('keeps the raw file byte for byte', () => {
    const article = readFileSync(join(project.root, 'content', 'articles', `${slug}.mdx`), 'utf8');
    const name = /source: "([^"]+)"/.exec(article)![1]!;
    const kept = readFileSync(join(project.root, 'content', 'sources', name));
    const input = readFileSync(inputs.get(slug)!);
    expect(kept.length).toBe(input.length);
    expect(kept.equals(input)).toBe(true);
  });
});

describe('after importing', () => {
  it('npm run check passes on the imported content', () => expect(check.status, check.output.slice(-2000)).toBe(0));

  it('a new article without a summary shows on the German home and as pending on the English side', () => {
    const home = readFileSync(join(project.root, 'dist', 'de', 'index.html'), 'utf8');
    expect(home).toContain('/de/artikel/tricky/');
    const pending = load(readFileSync(join(project.root, 'dist', 'en', 'summaries', 'tricky', 'index.html'), 'utf8'));
    expect(pending('h1').text()).toBe('Summary pending');
    expect(pending('a.cta').attr('href')).toBe('/de/artikel/tricky/');
    expect(readFileSync(join(project.root, 'dist', 'en', 'pending', 'index.html'), 'utf8')).toContain('/de/artikel/tricky/');
  });

  it.each(['light', 'dark'] as const)('the pending-summary page has no WCAG 2.2 A/AA violations (%s)', async (colorScheme) => {
    const page = await browser.open({ colorScheme });
    const response = await page.goto('/en/summaries/tricky/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Summary pending');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the new article is found by the site search at once', async () => {
    const page = await browser.open();
    await page.goto('/de/suche/?q=Gedankenstrich');
    await page.locator('.result').first().waitFor();
    const results = await page
      .locator('.result-title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(results).toContain('/de/artikel/tricky/');
  });

  it.each(['/de/artikel/tricky/', '/en/summaries/tricky/', '/de/artikel/long-article/'])('%s is valid HTML', async (url) => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(PROJECT, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(readFileSync(join(project.root, 'dist', url, 'index.html'), 'utf8'), url);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });

  it('recognises breadcrumb, publisher line, teaser and truncation in the tricky fixture', () => {
    const mdx = readFileSync(join(project.root, 'content', 'articles', 'tricky.mdx'), 'utf8');
    expect(mdx).toContain('publisher: "Heise Online"');
    expect(mdx).toContain('published: "2024-03-05T14:30"');
    expect(mdx).toContain('sourceNoise:\n  - "Startseite › Technik › KI"');
    expect(mdx).toContain('truncated: true');
    expect(mdx).toContain('<p class="teaser">Weiterlesen: Ein Teaser mit \\<b\\>HTML\\</b\\></p>');
  });

  it('reads a byline without "Von" and the dash', () => {
    const mdx = readFileSync(join(project.root, 'content', 'articles', 'wrapped.mdx'), 'utf8');
    expect(mdx).toContain('publisher: "Anna Schmidt"');
    expect(mdx).toContain('published: "2025-03-12T14:05"');
    expect(mdx).toContain('title: "Microsoft und OpenAI: ein Vertrag mit Fußnoten"');
  });

  it('shows hard-wrapped paragraphs as paragraphs, ESM words and URLs as plain text', () => {
    const $ = load(readFileSync(join(project.root, 'dist', 'de', 'artikel', 'wrapped', 'index.html'), 'utf8'));
    const paragraphs = $('.prose p')
      .map((_, element) => foldWhitespace($(element).text()))
      .get();
    expect(paragraphs).toContain('export und import sind in diesem Absatz gewöhnliche Wörter, auch wenn der Absatz mit ihnen beginnt.');
    expect(paragraphs).toContain('import { Vertrag } from "Redmond" steht hier als Text, nicht als Code.');
    expect(paragraphs).toContain(
      'Mehr steht auf www.heise.de und unter https://example.com/suche?a=1&b=2 sowie auf https://de.wikipedia.org/wiki/OpenAI_(Unternehmen) und <https://openai.com/>.',
    );
    expect(paragraphs).toContain('Fragen an redaktion@example.com oder mailto:leser@example.com beantwortet die Redaktion gern.');
    expect(paragraphs).toContain(
      '[^1]: Keine Fußnote und [x]: /keine-definition, |a|b| ist keine Tabelle, *kein Kursiv*, ~~nicht durchgestrichen~~ und &amp; bleibt stehen.',
    );
    expect(
      $('.prose h2')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['Zwischentitel ohne Satzzeichen']);
    expect(
      $('.prose a:not(.entity-link):not(.permalink)')
        .map((_, element) => $(element).attr('href'))
        .get(),
    ).toEqual([]);
    expect($('.prose').text()).not.toContain('\\');
  });

  it('refuses an existing slug unless --force', () => {
    const again = project.run('import', join(FIXTURES, 'cr-only.txt'), '--slug', 'cr-only');
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/exists already.*--force/);
    expect(project.run('import', join(FIXTURES, 'cr-only.txt'), '--slug', 'cr-only', '--force').status).toBe(0);
  });
});

describe.each([
  ['empty.txt', /is empty/],
  ['whitespace-only.txt', /only whitespace/],
  ['binary.png', /binary/],
  ['latin1.txt', /not valid UTF-8: byte 0xfc at offset 12/],
  ['does-not-exist.txt', /cannot read it \(ENOENT\)/],
])('refusing %s', (name, reason) => {
  it('fails with a clear message and writes nothing', () => {
    const before = readdirSync(join(project.root, 'content', 'articles')).join();
    const sourcesBefore = readdirSync(join(project.root, 'content', 'sources')).join();
    const result = project.run('import', join(FIXTURES, name));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(reason);
    expect(result.output).toContain(name);
    expect(readdirSync(join(project.root, 'content', 'articles')).join()).toBe(before);
    expect(readdirSync(join(project.root, 'content', 'sources')).join()).toBe(sourcesBefore);
    expect(existsSync(join(project.root, 'content', 'sources', name))).toBe(false);
  });
});
