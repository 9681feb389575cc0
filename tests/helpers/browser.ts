/**
 * Chromium (see scripts/browser/chromium.ts) driven by playwright-core, against the built site served by `astro preview`.
 * Each test worker starts Chromium and each site's preview server once, for all its browser suites (Vitest runs
 * files with `isolate: false`). Every test gets a new page: its own document, history, routes, init scripts,
 * listeners and emulated media. A suite's pages share one browser context and, one after the other, one renderer
 * process: a new renderer for each test cost about 0.3 s of CPU and 0.2 s of waiting (measured on 24 pages: 13–15
 * against 7.5–9 CPU-seconds). The site keeps no state in the browser (no cookies, no storage).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
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
  // One renderer per context: a test's new page, made while the last one is still open, takes that page's process.
  launched ??= chromiumBinary().then(({ executablePath, args }) =>
    chromium.launch({ executablePath, args: [...args, '--renderer-process-limit=1'] }),
  );
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

/** Saves a screenshot of a failed test's page, named after the test. */
async function screenshotOfFailure(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page
    .screenshot({ path: join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, '_').slice(0, 120)}.png`), fullPage: true })
    .catch(() => undefined);
}

/** A test's page: its context's options, but for the viewport and the colour scheme, which are set on the page. */
type PageOptions = Omit<BrowserContextOptions, 'viewport'> & { viewport?: { width: number; height: number } };

/**
 * A browser suite's pages: `open()` gives a new page on the built site of `project` (this project unless given),
 * with a screenshot named after the test when it failed. Pages whose options differ only in viewport and colour
 * scheme share the suite's context; a failed test's context is not reused. A test's page is closed when the
 * next one is open (so that one takes its renderer), or after the suite.
 */
export function useBrowser(
  label: string,
  project: () => BuiltProject = () => ({ root: PROJECT, env: {} }),
): { open(options?: PageOptions): Promise<Page> } {
  let current: Page | undefined;
  /** The suite's contexts, by their options other than viewport and colour scheme. */
  const contexts = new Map<string, Promise<BrowserContext>>();
  const closeContexts = async () => {
    const open = [...contexts.values()];
    contexts.clear();
    current = undefined;
    await Promise.all(open.map(async (context) => (await context).close()));
  };
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    if (current) await screenshotOfFailure(current, `${label} ${context.task.name}`);
    await closeContexts();
  });
  afterAll(closeContexts);
  return {
    async open({ viewport, colorScheme, ...options } = {}) {
      const [browser, baseURL] = await Promise.all([workerChromium(), previewOrigin(project())]);
      const key = JSON.stringify({ baseURL, ...options });
      let context = contexts.get(key);
      if (!context) {
        const made = browser.newContext({ baseURL, ...options });
        contexts.set(key, (context = made));
        // A context lost with its browser (an earlier suite's crash) is made again by the next open().
        (await made).on('close', () => contexts.get(key) === made && contexts.delete(key));
      }
      const previous = current;
      current = await (await context).newPage();
      await previous?.close();
      if (viewport) await current.setViewportSize(viewport);
      if (colorScheme) await current.emulateMedia({ colorScheme });
      return current;
    },
  };
}
