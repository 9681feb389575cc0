/** `npm run import` end to end: raw texts (seeds and tricky fixtures) become built pages whose text matches the source; bad files are refused. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { readPublisherDate } from '../../src/record/raw-article.ts';
import { foldWhitespace, unmatchedSourceLines } from '../../src/record/verbatim.ts';
import { blockTexts, ENTITY_LINK, type BuiltSite } from '../helpers/dist.ts';
import { PROJECT, type ProjectCopy, type ScriptResult } from '../helpers/project-copy.ts';
import { IMPORTS, sharedBuild } from '../helpers/shared-builds.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor, routeParam } from '../../src/routing/urls.ts';

const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'import');

let project: ProjectCopy;
let site: BuiltSite;
const outputs = new Map<string, ScriptResult>();
/** The file each import read, so its copy in content/sources can be compared byte for byte. */
const inputs = new Map<string, string>();
let build: ScriptResult;
let check: ScriptResult;

// The grown copy runs the imports, then the content check of `npm run check` and `npm run build` (tests/helpers/shared-builds.ts).
beforeAll(async () => {
  const shared = await sharedBuild('grown');
  project = shared.copy;
  site = shared.site;
  for (const { slug } of IMPORTS) {
    outputs.set(slug, shared.steps[`import ${slug}`]!);
    inputs.set(slug, shared.inputs[slug]!);
  }
  check = shared.steps['check']!;
  build = shared.steps['build']!;
}, 600_000);
const browser = useBrowser('import', () => project);

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
    const $ = load(readFileSync(join(project.root, 'dist', routeParam('de', { kind: 'document', slug }), 'index.html'), 'utf8'));
    const unmatched = unmatchedSourceLines(source.toString('utf8'), blockTexts($, 'article.document'));
    for (const line of unmatched) expect(readPublisherDate(line), `not on the page: ${line}`).toBeDefined();
  });

  it('gives every block its paragraph id with no manual step, as the numbering rule numbers it', () => {
    const mdx = readFileSync(join(project.root, 'content', 'articles', `${slug}.mdx`), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)!;
    const expected = articleParagraphs((parse(frontmatter[1]!) as { lede?: string }).lede, mdx.slice(frontmatter[0].length));
    const $ = load(readFileSync(join(project.root, 'dist', routeParam('de', { kind: 'document', slug }), 'index.html'), 'utf8'));
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
  it("npm run check's content check passes on the imported content", () => expect(check.status, check.output.slice(-2000)).toBe(0));

  it('a new article without a summary shows on the German home and as pending on the English side', () => {
    const home = readFileSync(join(project.root, 'dist', 'de', 'index.html'), 'utf8');
    expect(home).toContain(`href="${site.at(pathFor('de', { kind: 'document', slug: 'tricky' }))}"`);
    const pending = load(
      readFileSync(join(project.root, 'dist', routeParam('en', { kind: 'document', slug: 'tricky' }), 'index.html'), 'utf8'),
    );
    expect(pending('h1').text()).toBe('Summary pending');
    expect(pending('a.cta').attr('href')).toBe(site.at(pathFor('de', { kind: 'document', slug: 'tricky' })));
    expect(readFileSync(join(project.root, 'dist', 'en', 'pending', 'index.html'), 'utf8')).toContain(
      `href="${site.at(pathFor('de', { kind: 'document', slug: 'tricky' }))}"`,
    );
  });

  it.each(['light', 'dark'] as const)('the pending-summary page has no WCAG 2.2 A/AA violations (%s)', async (colorScheme) => {
    const page = await browser.open({ colorScheme });
    const response = await page.goto(site.at(pathFor('en', { kind: 'document', slug: 'tricky' })));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Summary pending');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the new article is found by the site search at once', async () => {
    const page = await browser.open();
    await page.goto(site.at('/de/suche/?q=Gedankenstrich'));
    await page.locator('.result').first().waitFor();
    const results = await page
      .locator('.result-title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(results).toContain(site.at(pathFor('de', { kind: 'document', slug: 'tricky' })));
  });

  it.each([
    pathFor('de', { kind: 'document', slug: 'tricky' }),
    pathFor('en', { kind: 'document', slug: 'tricky' }),
    pathFor('de', { kind: 'document', slug: 'long-article' }),
  ])('%s is valid HTML', async (url) => {
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

  it('reads a byline as its author, without "Von" and the dash', () => {
    const mdx = readFileSync(join(project.root, 'content', 'articles', 'wrapped.mdx'), 'utf8');
    expect(mdx).toContain('author: "Anna Schmidt"');
    expect(mdx).toContain('publisher: "unknown"');
    expect(mdx).toContain('published: "2025-03-12T14:05"');
    expect(mdx).toContain('title: "Microsoft und OpenAI: ein Vertrag mit Fußnoten"');
  });

  it('shows hard-wrapped paragraphs as paragraphs, ESM words and URLs as plain text', () => {
    const $ = load(readFileSync(join(project.root, 'dist', routeParam('de', { kind: 'document', slug: 'wrapped' }), 'index.html'), 'utf8'));
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
      $('.prose a')
        .not(ENTITY_LINK)
        .not('[href^="#p-"]')
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
