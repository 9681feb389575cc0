/** Bad content fails `npm run build` with a message that names the file and the field. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content-errors');
const CASES = [
  { fixture: 'missing-title.mdx', into: 'articles', file: 'content/articles/missing-title.mdx', field: /title/, fix: /give the German title/ },
  { fixture: 'invalid-date.mdx', into: 'articles', file: 'content/articles/invalid-date.mdx', field: /published/, fix: /YYYY-MM-DD/ },
  { fixture: 'unknown-article-summary.mdx', into: 'summaries', file: 'content/summaries/unknown-article-summary.mdx', field: /field "article"/, fix: /no-such-article/ },
];

describe.each(CASES)('build with $fixture', ({ fixture, into, file, field, fix }) => {
  let project: ProjectCopy;
  let result: { status: number | null; output: string };

  beforeAll(() => {
    project = copyProject();
    copyFileSync(join(FIXTURES, fixture), join(project.root, 'content', into, fixture));
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
