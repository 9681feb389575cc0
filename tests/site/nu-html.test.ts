/**
 * Every built page passes the Nu HTML Checker (the W3C validator, from the vnu-jar package) without an error or
 * a warning. It runs on Java, which CI machines have; without one the suite fails, naming what is missing.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

it('every page of dist/ has no Nu HTML Checker error or warning', async () => {
  const jar = join(createRequire(join(PROJECT, 'package.json')).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const java = process.env['JAVA'] ?? 'java';
  // One short run: the JIT's first tier is enough (the optimizing tier's compile threads took more CPU than the
  // checking, 15 core-s against 6), and that tier's frames need the larger stack the checker asks for.
  const jvm = ['-XX:TieredStopAtLevel=1', '-Xss4m'];
  const { stderr } = await promisify(execFile)(java, [...jvm, '-jar', jar, '--format', 'json', '--skip-non-html', DIST], {
    maxBuffer: 64 << 20,
  }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
    if (error.code === 'ENOENT')
      throw new Error(`the Nu HTML Checker needs Java: install a JRE (17 or later) or set JAVA to its java binary`);
    // vnu exits 1 when it reports errors; its report is on stderr all the same.
    return { stderr: error.stderr ?? '' };
  });
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const problems = messages
    // "info" without a subType are notes, not warnings.
    .filter((message) => message.type !== 'info' || message.subType === 'warning')
    // Its reading of the CSP meta tag checks neither hashes nor 'self' against a file: URL, so it flags every hashed
    // inline block and every stylesheet; tests/e2e/csp.test.ts checks the policy in Chromium, where it applies.
    .filter((message) => !/violates Content Security Policy \(meta tag\)/.test(message.message))
    .map(
      (message) => `${message.url?.replace(/^.*\/dist\//, '')}:${message.lastLine}: ${message.subType ?? message.type}: ${message.message}`,
    );
  expect(messages.length, 'the checker read the pages').toBeGreaterThan(0);
  expect(problems).toEqual([]);
}, 120_000);
