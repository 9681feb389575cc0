/**
 * `npm run dev`: the search page says plainly that search needs `npm run build` while no index is built,
 * and searches with the last build's index as soon as one exists (scripts/dev/last-search-index.ts).
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumBinary, freePort } from '../../scripts/browser/chromium.ts';
import { strings } from '../../src/i18n/index.ts';
import { pathFor, siteFile } from '../../src/routing/urls.ts';
import { DIST } from '../helpers/dist.ts';
import { copyProject, PROJECT, shellEnv, type ProjectCopy } from '../helpers/project-copy.ts';

const ARTICLE = 'microsoft-vertieft-partnerschaft-mit-openai';

describe('search under npm run dev', () => {
  let project: ProjectCopy;
  let server: ChildProcess;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // A small copy with no dist/: the dev server has no built index to serve.
    const entities = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => `entities/${name}`);
    project = copyProject({ content: [`articles/${ARTICLE}.mdx`, 'sources/000_db88fdc0d8c3c3ba.txt', ...entities] });
    const port = await freePort();
    // What an editor runs (npm run dev is astro dev), in its own process as on the editor's machine.
    server = spawn(join(PROJECT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: project.root,
      stdio: 'ignore',
      env: shellEnv(),
    });
    origin = `http://127.0.0.1:${port}`;
    for (
      const started = Date.now();
      !(await fetch(origin).then(
        (response) => response.ok,
        () => false,
      ));
      await sleep(250)
    ) {
      if (Date.now() - started > 120_000) throw new Error('astro dev did not answer within two minutes');
    }
    const { executablePath, args } = await chromiumBinary();
    browser = await chromium.launch({ executablePath, args });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    project?.remove();
  });

  /** The search page's status line after searching for `query` in German. */
  async function searchStatus(query: string): Promise<string> {
    const page = await browser.newPage();
    await page.goto(`${origin}${pathFor('de', { kind: 'search' })}?q=${encodeURIComponent(query)}`);
    const status = page.locator('#search-status');
    await expect.poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 60_000 }).not.toBe('');
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 60_000 }).not.toBe(strings('de').search.loading);
    const text = (await status.textContent())!.trim();
    await page.close();
    return text;
  }

  it('says that search needs npm run build while there is no built index', async () => {
    expect(await searchStatus('Microsoft')).toBe(strings('de').search.needsBuild);
  }, 120_000);

  it("searches with the last build's index once there is one", async () => {
    const bundle = siteFile({ kind: 'searchBundle', lang: 'de' });
    mkdirSync(join(project.root, 'dist'), { recursive: true });
    cpSync(join(DIST, bundle), join(project.root, 'dist', bundle), { recursive: true });
    const status = await searchStatus('Microsoft');
    expect(status).not.toBe(strings('de').search.needsBuild);
    expect(status).toMatch(/\d+ Treffer/);
  }, 120_000);
});
