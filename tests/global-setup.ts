/** Builds the site once, exactly as `npm run build` does, before any suite reads dist/; counts the run's site builds. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_LOG, logBuild } from './helpers/project-copy.ts';

export default function setup(): () => void {
  const logDir = mkdtempSync(join(tmpdir(), 'test-builds-'));
  const log = join(logDir, 'builds.log');
  writeFileSync(log, '');
  process.env[BUILD_LOG] = log;
  if (process.env['SKIP_BUILD'] !== '1') {
    const started = Date.now();
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    logBuild('project dist/', (Date.now() - started) / 1000, 0);
    console.log(`site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return () => {
    const builds = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    console.log(`site builds in this run: ${builds.length}\n${builds.map((line) => `  ${line}`).join('\n')}`);
    rmSync(logDir, { recursive: true, force: true });
  };
}
