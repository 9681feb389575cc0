import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser suites share one Chromium-heavy machine of 2 cores.
    maxWorkers: 2,
    // Test files share their worker's loaded modules (Playwright, cheerio, the project's code) instead of loading
    // them again per file: about a quarter less CPU. Suites restore what they change (process.env, spies).
    isolate: false,
  },
});
