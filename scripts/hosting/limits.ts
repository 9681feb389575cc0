/** Static hosts' documented limits on a published site, and the check of a built site against them. */

/** What a host accepts per deploy; a limit it does not document is absent. */
export interface HostLimits {
  name: string;
  /** Bytes of the whole published site. */
  siteBytes?: number;
  /** Files in the whole site. */
  files?: number;
  /** Bytes of one file. */
  fileBytes?: number;
  /** Entries (files and folders) directly in one folder. */
  folderEntries?: number;
  /** Where the host documents these limits. */
  source: string;
}

const MiB = 1024 ** 2;

/** Checked on 2026-12-02 against each host's documentation (see `source`). */
export const HOSTS = {
  'github-pages': {
    name: 'GitHub Pages',
    // "Published GitHub Pages sites may be no larger than 1 GB": read as 10^9 bytes, the stricter reading.
    siteBytes: 1e9,
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  'cloudflare-pages': {
    name: 'Cloudflare Pages (Free plan)',
    files: 20_000,
    fileBytes: 25 * MiB,
    source: 'https://developers.cloudflare.com/pages/platform/limits/#files',
  },
  'cloudflare-pages-paid': {
    name: 'Cloudflare Pages (paid plans, PAGES_WRANGLER_MAJOR_VERSION=4)',
    files: 100_000,
    fileBytes: 25 * MiB,
    source: 'https://developers.cloudflare.com/pages/platform/limits/#files',
  },
  netlify: {
    name: 'Netlify',
    folderEntries: 54_000,
    source: 'https://docs.netlify.com/site-deploys/overview/#files-per-directory-limit',
  },
} as const satisfies Record<string, HostLimits>;

export type HostId = keyof typeof HOSTS;

export function isHostId(id: string): id is HostId {
  return Object.hasOwn(HOSTS, id);
}

/** A built site as hosts measure it. */
export interface SiteSize {
  bytes: number;
  files: number;
  largestFile: { path: string; bytes: number };
  fullestFolder: { folder: string; entries: number };
}

const count = (n: number) => n.toLocaleString('en');
const megabytes = (bytes: number) => `${count(Math.ceil(bytes / 1e6))} MB`;

/** Each limit of `host` the site exceeds, as a sentence naming the figure, the limit and where it is documented. */
export function exceededLimits(site: SiteSize, host: HostLimits): string[] {
  const over: string[] = [];
  if (host.siteBytes !== undefined && site.bytes > host.siteBytes)
    over.push(`the site is ${megabytes(site.bytes)}; ${host.name} publishes at most ${megabytes(host.siteBytes)}`);
  if (host.files !== undefined && site.files > host.files)
    over.push(`the site has ${count(site.files)} files; ${host.name} takes at most ${count(host.files)}`);
  if (host.fileBytes !== undefined && site.largestFile.bytes > host.fileBytes)
    over.push(
      `${site.largestFile.path} is ${megabytes(site.largestFile.bytes)}; ${host.name} takes files of at most ${megabytes(host.fileBytes)}`,
    );
  if (host.folderEntries !== undefined && site.fullestFolder.entries > host.folderEntries)
    over.push(
      `the folder ${site.fullestFolder.folder || '(the site root)'}/ has ${count(site.fullestFolder.entries)} entries; ${host.name} takes at most ${count(host.folderEntries)} per folder`,
    );
  return over;
}

/** The hosts whose every limit the site keeps. */
export function fittingHosts(site: SiteSize): HostId[] {
  return (Object.keys(HOSTS) as HostId[]).filter((id) => exceededLimits(site, HOSTS[id]).length === 0);
}

/** The message a deploy fails with, or undefined when the site fits `host`. */
export function hostLimitFailure(site: SiteSize, id: HostId): string | undefined {
  const over = exceededLimits(site, HOSTS[id]);
  if (over.length === 0) return undefined;
  const fitting = fittingHosts(site);
  return [
    `The built site does not fit ${HOSTS[id].name} (${HOSTS[id].source}):`,
    ...over.map((line) => `  - ${line}`),
    fitting.length > 0
      ? `It fits: ${fitting.map((other) => `${other} (${HOSTS[other].name})`).join(', ')}. Choose one of them (README, "Which host fits which archive").`
      : 'It fits none of the hosts named in README ("Which host fits which archive"): the archive needs a host without these limits (an S3 bucket or nginx).',
  ].join('\n');
}
