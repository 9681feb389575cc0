/** A throwaway copy of the project (sharing node_modules) to build with other content. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');
const COPIED = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  '.prettierrc.json',
  '.prettierignore',
];

/** Set by tests/global-setup.ts: every site build of the run adds a line there, so the run can count them. */
export const BUILD_LOG = 'TEST_BUILD_LOG';

/** Notes one site build (`what` says which) in the run's build log. */
export function logBuild(what: string, seconds: number, status: number | null): void {
  const log = process.env[BUILD_LOG];
  if (log) appendFileSync(log, `${what}\t${seconds.toFixed(1)} s\tstatus ${status}\n`);
}

export interface ProjectCopy {
  root: string;
  /** Runs an npm script in the copy and returns its exit status and combined output. */
  run(script: string, ...args: string[]): { status: number | null; output: string };
  remove(): void;
}

/** `env` is added to the environment of every script run in the copy (e.g. SITE_URL). */
export function copyProject(env: Record<string, string> = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'));
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    run(script, ...args) {
      const started = Date.now();
      const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      if (script === 'build') logBuild(`copy ${root} ${JSON.stringify(env)}`, (Date.now() - started) / 1000, result.status);
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
