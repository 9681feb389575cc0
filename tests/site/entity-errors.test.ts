/** Entity mistakes fail the build naming the files; an entity nothing mentions is a warning. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT, type ProjectCopy } from '../helpers/project-copy.ts';

const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'entity-errors');
const CASES = [
  {
    name: 'relation to an unknown entity',
    setup: (root: string) => copyFileSync(join(FIXTURES, 'unknown-relation.yaml'), join(root, 'content/entities/unknown-relation.yaml')),
    fails: true,
    expected: [/content\/entities\/unknown-relation\.yaml/, /field "relations": there is no entity "no-such-entity"/],
  },
  {
    name: 'alias claimed by two entities',
    setup: (root: string) => copyFileSync(join(FIXTURES, 'alias-clash.yaml'), join(root, 'content/entities/alias-clash.yaml')),
    fails: true,
    expected: [/the alias "Hood" is claimed by two entities: content\/entities\/alias-clash\.yaml and content\/entities\/amy-hood\.yaml/],
  },
  {
    name: 'duplicated id',
    setup: (root: string) => copyFileSync(join(root, 'content/entities/bing.yaml'), join(root, 'content/entities/Bing.yaml')),
    fails: true,
    expected: [/content\/entities\/Bing\.yaml and content\/entities\/bing\.yaml give the same entity id "bing"/],
  },
  {
    name: 'entity that nothing mentions',
    setup: (root: string) =>
      writeFileSync(
        join(root, 'content/entities/nobody.yaml'),
        'kind: person\nname: { de: "Niemand Nirgends", en: "Nobody Nowhere" }\ndescription: { de: "Test.", en: "Test." }\n',
      ),
    fails: false,
    expected: [/content\/entities\/nobody\.yaml: no article or summary mentions "Niemand Nirgends"/],
  },
];

describe.each(CASES)('build with $name', ({ setup, fails, expected }) => {
  let project: ProjectCopy;
  let result: { status: number | null; output: string };
  beforeAll(() => {
    project = copyProject();
    setup(project.root);
    result = project.run('build');
  });
  afterAll(() => project.remove());

  it(fails ? 'fails' : 'succeeds', () => expect(result.status === 0, result.output.slice(-1500)).toBe(!fails));
  it('names the file(s) and the fix', () => {
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
