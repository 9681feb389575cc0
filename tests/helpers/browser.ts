/**
 * Chromium (see scripts/browser/chromium.ts) driven by playwright-core, against the built site served by `astro preview`.
 * Each test worker starts Chromium and each site's preview server once, for all its browser suites (Vitest runs
 * files with `isolate: false`); every test still gets a fresh browser context, so no state crosses tests.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { chromiumBinary, freePort } from '../../scripts/browser/chromium.ts';
import { PROJECT } from './project-copy.ts';

const SCREENSHOTS = join(PROJECT, 'test-results');

let launched: Promise<Browser> | undefined;
/** This worker's Chromium, launched again if an earlier suite left it crashed or closed. */
async function workerChromium(): Promise<Browser> {
  if (
    launched &&
    !(await launched.then(
      (browser) => browser.isConnected(),
      () => false,
    ))
  )
    launched = undefined;
  launched ??= chromiumBinary().then(({ executablePath, args }) => chromium.launch({ executablePath, args }));
  return launched;
}

/** A built project: its folder, and the SITE_URL it was built for (its base path). */
export interface BuiltProject {
  root: string;
  env: { SITE_URL?: string };
}

const origins = new Map<string, Promise<string>>();
/** The origin serving the built site of `project`, started by the first suite of this worker that reads it. */
function previewOrigin({ root, env }: BuiltProject): Promise<string> {
  let origin = origins.get(root);
  if (!origin) {
    origin = freePort().then(async (port) => {
      // `astro preview` takes the base path from the project's config, which reads SITE_URL once, as it starts.
      const before = process.env['SITE_URL'];
      if (env.SITE_URL) process.env['SITE_URL'] = env.SITE_URL;
      else delete process.env['SITE_URL'];
      try {
        await preview({ root, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
      } finally {
        if (before === undefined) delete process.env['SITE_URL'];
        else process.env['SITE_URL'] = before;
      }
      return `http://127.0.0.1:${port}`;
    });
    origins.set(root, origin);
  }
  return origin;
}

/** Saves a screenshot named after the test when it failed. */
export async function screenshotOnFailure(page: Page, name: string, failed: boolean): Promise<void> {
  if (!failed) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page
    .screenshot({ path: join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, '_').slice(0, 120)}.png`), fullPage: true })
    .catch(() => undefined);
}

/**
 * A browser suite's pages: `open()` gives a fresh page in its own context on the built site of `project` (this
 * project unless given), closed after the test, with a screenshot named after the test when it failed.
 */
export function useBrowser(
  label: string,
  project: () => BuiltProject = () => ({ root: PROJECT, env: {} }),
): { open(options?: BrowserContextOptions): Promise<Page> } {
  let current: Page | undefined;
  const closeCurrent = async () => {
    await current?.context().close();
    current = undefined;
  };
  afterEach(async (context) => {
    if (current) await screenshotOnFailure(current, `${label} ${context.task.name}`, context.task.result?.state === 'fail');
    await closeCurrent();
  });
  return {
    async open(options = {}) {
      await closeCurrent();
      const [browser, baseURL] = await Promise.all([workerChromium(), previewOrigin(project())]);
      current = await (await browser.newContext({ baseURL, ...options })).newPage();
      return current;
    },
  };
}
