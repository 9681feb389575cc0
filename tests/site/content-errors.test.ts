/** Bad content fails `npm run build` with a message that names the file and the field. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content-errors');
/** `as` replaces an existing file: a summary must carry its article's slug. */
const CASES: { fixture: string; into: string; as?: string; file: string; field: RegExp; fix: RegExp }[] = [
  {
    fixture: 'missing-title.mdx',
    into: 'articles',
    file: 'content/articles/missing-title.mdx',
    field: /title/,
    fix: /give the German title/,
  },
  { fixture: 'invalid-date.mdx', into: 'articles', file: 'content/articles/invalid-date.mdx', field: /published/, fix: /YYYY-MM-DD/ },
  {
    fixture: 'unknown-article-summary.mdx',
    into: 'summaries',
    file: 'content/summaries/unknown-article-summary.mdx',
    field: /field "article"/,
    fix: /no-such-article/,
  },
  {
    fixture: 'citation-out-of-range.mdx',
    into: 'summaries',
    as: 'microsoft-vertieft-partnerschaft-mit-openai.mdx',
    file: 'content/summaries/microsoft-vertieft-partnerschaft-mit-openai.mdx',
    field: /key point 2 cites paragraph 999/,
    fix: /the article has paragraphs p-1 to p-17; cite one of those/,
  },
];

describe.each(CASES)('build with $fixture', ({ fixture, into, as, file, field, fix }) => {
  let project: ProjectCopy;
  let result: { status: number | null; output: string };

  beforeAll(() => {
    project = copyProject();
    copyFileSync(join(FIXTURES, fixture), join(project.root, 'content', into, as ?? fixture));
    result = project.run('build');
  });
  afterAll(() => project.remove());

  it('fails', () => expect(result.status).not.toBe(0));
  it('names the file', () => expect(result.output).toContain(file));
  it('names the field and the fix', () => {
    expect(result.output).toMatch(field);
    expect(result.output).toMatch(fix);
  });
});
