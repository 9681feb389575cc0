/** Builds the site once, exactly as `npm run build` does, before any suite reads dist/. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
