/**
 * Entity mistakes fail `npm run check` and the build naming the files; an entity nothing mentions is a warning.
 * Each mistake alone goes through the content check (no build); one small build holding all of them proves the
 * build stops on each with the same message; the warning comes from the grown copy's full build.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentCopy, copyProject, PROJECT, type ProjectCopy, type ScriptResult } from '../helpers/project-copy.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'entity-errors');
const ERRORS = [
  {
    name: 'relation to an unknown entity',
    setup: (root: string) => copyFileSync(join(FIXTURES, 'unknown-relation.yaml'), join(root, 'content/entities/unknown-relation.yaml')),
    expected: [/content\/entities\/unknown-relation\.yaml/, /field "relations": there is no entity "no-such-entity"/],
  },
  {
    name: 'alias claimed by two entities',
    setup: (root: string) => copyFileSync(join(FIXTURES, 'alias-clash.yaml'), join(root, 'content/entities/alias-clash.yaml')),
    expected: [/the alias "Hood" is claimed by two entities: content\/entities\/alias-clash\.yaml and content\/entities\/amy-hood\.yaml/],
  },
  {
    name: 'duplicated id',
    setup: (root: string) => copyFileSync(join(root, 'content/entities/bing.yaml'), join(root, 'content/entities/Bing.yaml')),
    expected: [/content\/entities\/Bing\.yaml and content\/entities\/bing\.yaml give the same entity id "bing"/],
  },
];

describe.each(ERRORS)('npm run check with the $name', ({ setup, expected }) => {
  let result: ScriptResult;
  beforeAll(() => {
    result = checkContentCopy(setup);
  });

  it('fails', () => expect(result.status, result.output.slice(-1500)).not.toBe(0));
  it('names the file(s) and the fix', () => {
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});

describe('build with every entity mistake at once (a copy holding only the entities involved)', () => {
  let project: ProjectCopy;
  let result: ScriptResult;
  beforeAll(() => {
    project = copyProject({ content: ['entities/amy-hood.yaml', 'entities/bing.yaml'] });
    for (const { setup } of ERRORS) setup(project.root);
    result = project.run('build');
  });
  afterAll(() => project?.remove());

  it('fails', () => expect(result.status, result.output.slice(-1500)).not.toBe(0));
  it.each(ERRORS)('names the file(s) and the fix of the $name', ({ expected }) => {
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});

describe('build with an entity that nothing mentions (the grown copy)', () => {
  let result: ScriptResult;
  beforeAll(async () => {
    result = (await sharedBuild('grown')).steps['build']!;
  }, 600_000);

  it('succeeds', () => expect(result.status, result.output.slice(-1500)).toBe(0));
  it('names the file and the fix', () => {
    expect(result.output).toMatch(/content\/entities\/nobody\.yaml: no article or summary mentions "Niemand Nirgends"/);
  });
});
