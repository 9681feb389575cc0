/** Chromium (see scripts/browser/chromium.ts) driven by playwright-core, against the built site served by `astro preview`. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumBinary, freePort } from '../../scripts/browser/chromium.ts';
import { PROJECT } from './project-copy.ts';

const SCREENSHOTS = join(PROJECT, 'test-results');

export interface Site {
  origin: string;
  browser: Browser;
  /** A fresh page in its own context; a failing test leaves a screenshot through `screenshotOnFailure`. */
  page(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the built site of `root` (this project unless given) on a free port and starts Chromium. */
export async function openSite(root = PROJECT): Promise<Site> {
  const port = await freePort();
  const server = await preview({ root, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
  const { executablePath, args } = await chromiumBinary();
  const browser = await chromium.launch({ executablePath, args });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    browser,
    async page(options = {}) {
      const context = await browser.newContext({ baseURL: origin, ...options });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
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
 * Registers a browser suite's hooks: the built site served and Chromium started once per file, a fresh
 * page per `open()`, and a screenshot named after the test when it fails.
 */
export function useBrowser(label: string, root: () => string = () => PROJECT): { open(options?: BrowserContextOptions): Promise<Page> } {
  let site: Site | undefined;
  let current: Page | undefined;
  const closeCurrent = async () => {
    await current?.context().close();
    current = undefined;
  };
  beforeAll(async () => {
    site = await openSite(root());
  });
  afterAll(async () => site?.close());
  afterEach(async (context) => {
    if (current) await screenshotOnFailure(current, `${label} ${context.task.name}`, context.task.result?.state === 'fail');
    await closeCurrent();
  });
  return {
    async open(options = {}) {
      await closeCurrent();
      current = await site!.page(options);
      return current;
    },
  };
}
