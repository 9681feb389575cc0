/**
 * The one Chromium for tests, audit and bench: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium,
 * else the headless Chromium that the @sparticuz/chromium npm package ships (unpacked to the temp folder
 * on first use), so `npm install` is all the set-up a machine with only Node needs.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags every launch shares: no sandbox (root in CI), no background traffic, no first-run UI. */
const COMMON_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumBinary {
  executablePath: string;
  /** Command-line flags for this binary. */
  args: string[];
  /** Where it came from, for log lines. */
  origin: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

let resolved: Promise<ChromiumBinary> | undefined;

async function resolveChromium(): Promise<ChromiumBinary> {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist; unset it to use the Chromium from npm`);
    return { executablePath: configured, args: COMMON_FLAGS, origin: 'CHROMIUM_PATH' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: COMMON_FLAGS, origin: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  // Not the package's own flag list: its --single-process (made for AWS Lambda) closes the browser with the first context.
  return { executablePath: await packaged.executablePath(), args: COMMON_FLAGS, origin: '@sparticuz/chromium' };
}

/** The Chromium binary and its flags, resolved once per process. */
export function chromiumBinary(): Promise<ChromiumBinary> {
  resolved ??= resolveChromium();
  return resolved;
}

/** A free TCP port on 127.0.0.1, so parallel suites and worktrees never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
