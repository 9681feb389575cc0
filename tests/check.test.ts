/**
 * `npm run check` (astro check, the content check, Prettier) passes. It runs as a suite of `npm test`, beside the
 * suites that read the build, rather than before the build: the type check is single-threaded, so it overlaps.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { PROJECT, shellEnv } from './helpers/project-copy.ts';

it('npm run check passes: types, content and formatting', async () => {
  const result = await promisify(execFile)('npm', ['run', '--silent', 'check'], {
    cwd: PROJECT,
    env: shellEnv(),
    maxBuffer: 64 << 20,
  }).then(
    () => ({ status: 0, output: '' }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      status: error.code ?? -1,
      output: `${error.stdout}\n${error.stderr}`,
    }),
  );
  expect(result.status, result.output).toBe(0);
}, 300_000);
