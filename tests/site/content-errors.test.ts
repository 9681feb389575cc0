/**
 * Bad content fails `npm run build` at its first step, the content check that `npm run check` runs too, with a
 * message that names the file, the field and the fix.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy, type ScriptResult } from '../helpers/project-copy.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content-errors');
const ARTICLE = ['articles/microsoft-vertieft-partnerschaft-mit-openai.mdx', 'sources/000_db88fdc0d8c3c3ba.txt'];
/** `as` replaces an existing file: a summary must carry its article's slug. `content` is what the copy holds besides the fixture. */
const CASES: {
  fixture: string;
  into: string;
  as?: string;
  content: string[];
  file: string;
  field: RegExp;
  fix: RegExp;
}[] = [
  {
    fixture: 'missing-title.mdx',
    into: 'articles',
    content: ARTICLE,
    file: 'content/articles/missing-title.mdx',
    field: /title/,
    fix: /give the German title/,
  },
  {
    fixture: 'invalid-date.mdx',
    into: 'articles',
    content: ARTICLE,
    file: 'content/articles/invalid-date.mdx',
    field: /published/,
    fix: /YYYY-MM-DD/,
  },
  {
    fixture: 'unknown-article-summary.mdx',
    into: 'summaries',
    content: ARTICLE,
    file: 'content/summaries/unknown-article-summary.mdx',
    field: /field "article"/,
    fix: /no-such-article/,
  },
  {
    fixture: 'citation-out-of-range.mdx',
    into: 'summaries',
    as: 'microsoft-vertieft-partnerschaft-mit-openai.mdx',
    content: ARTICLE,
    file: 'content/summaries/microsoft-vertieft-partnerschaft-mit-openai.mdx',
    field: /key point 2 cites paragraph 999/,
    fix: /the article has paragraphs p-1 to p-17; cite one of those/,
  },
];

let project: ProjectCopy;
let result: ScriptResult;

// One copy holds every case: the content check reports every problem of a run, one line each, so one build shows
// each case's message as a build with that case alone would.
beforeAll(() => {
  project = copyProject({ content: [...new Set(CASES.flatMap(({ content }) => content))] });
  for (const { fixture, into, as } of CASES) copyFileSync(join(FIXTURES, fixture), join(project.root, 'content', into, as ?? fixture));
  result = project.run('build');
});
afterAll(() => project.remove());

/** The problem lines of the build's output, one per problem, each starting with the file it is about. */
const problems = () => result.output.split('\n').filter((line) => /^content\/\S+: /.test(line));

// The content check (also part of `npm run check`) reports it before Astro starts: a second, not a whole build.
it('fails at the content check, before Astro starts, naming only the cases’ files', () => {
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/content check: \d+ problem\(s\)/);
  expect(result.output).not.toMatch(/\[build\]/);
  expect(new Set(problems().map((line) => line.split(':')[0]))).toEqual(new Set(CASES.map(({ file }) => file)));
});

describe.each(CASES)('build with $fixture', ({ file, field, fix }) => {
  const about = () => problems().filter((line) => line.startsWith(`${file}:`));
  it('names the file', () => expect(about().length).toBeGreaterThan(0));
  it('names the field and the fix in one problem', () => {
    expect(
      about().filter((line) => field.test(line) && fix.test(line)),
      about().join('\n'),
    ).toHaveLength(1);
  });
});
