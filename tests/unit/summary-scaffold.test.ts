/** `npm run summary`: the scaffold it writes, what the content check says about it, and when it refuses. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check.ts';
import { readContentFiles } from '../../src/record/content-files.ts';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { formatProblem } from '../../src/record/problems.ts';
import { summaryScaffold } from '../../src/record/summary-scaffold.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const SLUG = 'microsoft-vertieft-partnerschaft-mit-openai';
const FILE = `content/summaries/${SLUG}.mdx`;
const paragraphs = articleParagraphs('Der Vorspann mit */ und } darin.', 'Erster Absatz.\n\n## Eine Überschrift\n\nZweiter\nAbsatz.\n');

/** The committed content with the summary of SLUG replaced by `summary`. */
function contentWith(summary: string) {
  const files = readContentFiles(join(PROJECT, 'content'));
  files.summaries.set(FILE, summary);
  return files;
}

describe('summaryScaffold', () => {
  it('lists every paragraph with the number citations use, its kind and its text', () => {
    const scaffold = summaryScaffold('x', paragraphs);
    expect(scaffold).toContain('article: x\n');
    expect(scaffold.split('\n').filter((line) => /^\[\d+\]/.test(line))).toEqual([
      '[1] lede: Der Vorspann mit * / und } darin.',
      '[2] Erster Absatz.',
      '[3] heading: Eine Überschrift',
      '[4] Zweiter Absatz.',
    ]);
    expect(scaffold).toContain('<Cite p={[12, 14]} />');
    expect(scaffold).toContain('cites: [12, 14]');
  });

  it('is MDX that renders nothing: the listing is a comment', () => {
    const jsx = (type: unknown, props: unknown) => ({ type, props });
    const module = evaluate(summaryScaffold('x', paragraphs), { Fragment: 'fragment', jsx, jsxs: jsx }) as {
      default: (props: object) => { props: { children?: unknown } };
    };
    const children = [module.default({}).props.children ?? []].flat();
    expect(children.filter((child) => typeof child !== 'string' || child.trim() !== '')).toEqual([]);
  });
});

describe('the written scaffold under npm run check', () => {
  const article = readFileSync(join(PROJECT, 'content/articles', `${SLUG}.mdx`), 'utf8');
  const lede = /^lede: (.*)$/m.exec(article)?.[1];
  const body = article.replace(/^---\n[\s\S]*?\n---\n/, '');
  const scaffold = summaryScaffold(SLUG, articleParagraphs(lede ? (JSON.parse(lede) as string) : undefined, body));

  it('fails on every placeholder, naming the file, the line, the field and the fix', () => {
    expect(checkContent(contentWith(scaffold)).map(formatProblem)).toEqual([
      `${FILE}:6: field "title": title must not be empty`,
      `${FILE}:9: field "keyPoints.0.text": a key point must not be empty`,
      `${FILE}:10: field "keyPoints.0.cites": cite at least one German paragraph, e.g. [12]`,
      `${FILE}:11: field "keyPoints.1.text": a key point must not be empty`,
      `${FILE}:12: field "keyPoints.1.cites": cite at least one German paragraph, e.g. [12]`,
      `${FILE}:13: field "keyPoints.2.text": a key point must not be empty`,
      `${FILE}:14: field "keyPoints.2.cites": cite at least one German paragraph, e.g. [12]`,
    ]);
  });

  it('still fails with the frontmatter written but the body left as scaffolded', () => {
    const written = scaffold
      .replace('title: ""', 'title: "Microsoft deepens its partnership with OpenAI"')
      .replaceAll('text: ""\n    cites: []', 'text: "Microsoft invests in OpenAI."\n    cites: [1]');
    const messages = checkContent(contentWith(written)).map((problem) => problem.message);
    expect(messages.some((message) => /^the body has \d+ words; write 250 to 450$/.test(message))).toBe(true);
    expect(messages).toContain(
      'body paragraph 1 cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on',
    );
    // The editor's body after the listing: still refused while the listing stands.
    const body = `${'Microsoft invests in OpenAI and deepens the partnership. '.repeat(40)}<Cite p={[1]} />`;
    expect(checkContent(contentWith(`${written}\n${body}\n`)).map((problem) => problem.message)).toContain(
      'body paragraph 1 cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on',
    );
    // Without it, the same file passes: the listing alone was in the way.
    expect(checkContent(contentWith(`${written.replace(/\{\/\*[\s\S]*\*\/\}\n/, '')}\n${body}\n`))).toEqual([]);
  });
});

describe('npm run summary', () => {
  let temp: string | undefined;
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    temp = undefined;
  });

  /** A temporary copy of content/, for CONTENT_DIR. */
  function copyContent(): string {
    temp = mkdtempSync(join(tmpdir(), 'summary-'));
    cpSync(join(PROJECT, 'content'), join(temp, 'content'), { recursive: true });
    return join(temp, 'content');
  }

  function summary(content: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/summary.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('writes the scaffold for an article without a summary, and refuses to write it twice', () => {
    const content = copyContent();
    const target = join(content, 'summaries', `${SLUG}.mdx`);
    rmSync(target);
    const written = summary(content, SLUG);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain("with the article's 17 German paragraphs listed in a comment to cite from");
    expect(readFileSync(target, 'utf8')).toContain('\n[17] An der Organisationsstruktur');
    const again = summary(content, SLUG);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`summaries/${SLUG}.mdx exists already; edit it instead; nothing was written`);
  });

  it('numbers the lede p-1, as citations do', () => {
    const content = copyContent();
    const slug = 'altman-nadella-gespraech-nach-umstrukturierung';
    rmSync(join(content, 'summaries', `${slug}.mdx`));
    expect(summary(content, slug).status).toBe(0);
    const article = readFileSync(join(content, 'articles', `${slug}.mdx`), 'utf8');
    const lede = JSON.parse(/^lede: (.*)$/m.exec(article)![1]!) as string;
    const listing = readFileSync(join(content, 'summaries', `${slug}.mdx`), 'utf8')
      .split('\n')
      .filter((line) => /^\[\d+\]/.test(line));
    expect(listing[0]).toBe(`[1] lede: ${lede}`);
    // The committed summary cites p-79, the article's last paragraph.
    expect(listing.at(-1)).toMatch(/^\[79\] /);
  });

  it('refuses an existing summary without touching it', () => {
    const content = copyContent();
    const refused = summary(content, SLUG);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('exists already');
    expect(readFileSync(join(content, 'summaries', `${SLUG}.mdx`), 'utf8')).toBe(readFileSync(join(PROJECT, FILE), 'utf8'));
  });

  it('refuses an unknown article, naming the articles there are', () => {
    const content = copyContent();
    const refused = summary(content, 'microsoft-vertieft');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('there is no article "microsoft-vertieft" (');
    expect(refused.stderr).toContain(`; the articles are: altman-nadella-gespraech-nach-umstrukturierung, ${SLUG}; nothing was written`);
    expect(existsSync(join(content, 'summaries', 'microsoft-vertieft.mdx'))).toBe(false);
  });

  it('names only the closest slug when there are many articles', () => {
    const content = copyContent();
    for (let index = 0; index < 10; index += 1) writeFileSync(join(content, 'articles', `anderer-artikel-${index}.mdx`), '');
    const refused = summary(content, 'microsoft-vertieft-partnerschaft-openai');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`; the closest is ${SLUG} (of 12 articles); nothing was written`);
  });

  it('refuses when no slug is given', () => {
    const refused = summary(copyContent());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('summary: no slug given\nusage: npm run summary -- <slug>');
  });
});
