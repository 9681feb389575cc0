/**
 * node scripts/host-limits.ts --host <id> [dist]
 * Fails (exit 1) when the built site exceeds the chosen host's documented limits, naming each limit, the
 * site's figure and the hosts it does fit; prints the site's figures either way. Hosts: scripts/hosting/limits.ts.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HOSTS, hostLimitFailure, isHostId, type SiteSize } from './hosting/limits.ts';
import { fullestFolder, siteFiles } from './hosting/site-files.ts';

const hostList = Object.entries(HOSTS)
  .map(([id, host]) => `${id} (${host.name})`)
  .join(', ');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { host: { type: 'string' } }, allowPositionals: true });
if (!values.host)
  fail(`host-limits: --host is required, one of: ${hostList}\nUsage: node scripts/host-limits.ts --host github-pages [dist]`);
if (!isHostId(values.host)) fail(`host-limits: unknown host "${values.host}"; one of: ${hostList}`);
if (positionals.length > 1) fail(`host-limits: one site folder at most, got ${positionals.join(' ')}`);
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) fail(`host-limits: ${dist}/ does not exist; run npm run build first`);

const files = siteFiles(dist);
if (files.length === 0) fail(`host-limits: ${dist}/ is empty; run npm run build first`);
const site: SiteSize = {
  bytes: files.reduce((sum, file) => sum + file.bytes, 0),
  files: files.length,
  largestFile: files.reduce((largest, file) => (file.bytes > largest.bytes ? file : largest)),
  fullestFolder: fullestFolder(files.map((file) => file.path)),
};
console.log(
  `${dist}/: ${(site.bytes / 1e6).toFixed(1)} MB in ${site.files.toLocaleString('en')} files; largest file ${site.largestFile.path} (${(site.largestFile.bytes / 1e6).toFixed(1)} MB); fullest folder ${site.fullestFolder.folder || '(root)'}/ (${site.fullestFolder.entries.toLocaleString('en')} entries)`,
);
const failure = hostLimitFailure(site, values.host);
if (failure) fail(failure);
console.log(`It fits ${HOSTS[values.host].name}.`);
