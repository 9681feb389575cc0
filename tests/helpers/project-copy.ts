/** A throwaway copy of the project (sharing node_modules) to build with other content. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');
const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.prettierrc.json', '.prettierignore'];
const COLLECTIONS = ['articles', 'summaries', 'entities', 'events', 'sources'];

/** Set by tests/global-setup.ts: every site build of the run adds a line there, so the run can count them. */
export const BUILD_LOG = 'TEST_BUILD_LOG';

/** Notes one site build (`what` says which) in the run's build log. */
export function logBuild(what: string, seconds: number, status: number | null): void {
  const log = process.env[BUILD_LOG];
  if (log) appendFileSync(log, `${what}\t${seconds.toFixed(1)} s\tstatus ${status}\n`);
}

/** The environment of an editor's shell: without the test runner's variables (NODE_ENV=test, VITEST…), which Astro and Vite read. */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

export interface ScriptResult {
  status: number | null;
  output: string;
}

export interface ProjectCopy {
  root: string;
  /** What every script run in the copy adds to the environment (e.g. SITE_URL). */
  env: Record<string, string>;
  /** Runs an npm script in the copy as `npm run` does (scriptCommand), in an editor's environment (shellEnv), and returns its exit status and combined output. */
  run(script: string, ...args: string[]): ScriptResult;
  remove(): void;
}

export interface CopyOptions {
  /** Added to the environment of every script run in the copy (e.g. SITE_URL). */
  env?: Record<string, string>;
  /**
   * The files of content/ to copy (paths inside content/, e.g. "articles/x.mdx"); every collection folder
   * exists, empty when none of its files is named. All of content/ when not given.
   */
  content?: string[];
  /** Where the copy goes (a new folder); a fresh temporary folder when not given. */
  root?: string;
}

export function copyProject({ env = {}, content, root = mkdtempSync(join(tmpdir(), 'site-copy-')) }: CopyOptions = {}): ProjectCopy {
  mkdirSync(root, { recursive: true });
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  if (content) {
    for (const collection of COLLECTIONS) mkdirSync(join(root, 'content', collection), { recursive: true });
    for (const file of content) {
      mkdirSync(dirname(join(root, 'content', file)), { recursive: true });
      cpSync(join(PROJECT, 'content', file), join(root, 'content', file));
    }
  } else {
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return projectAt(root, env);
}

/** A word for sh, as it reaches the script: in single quotes, each of its own quotes closed, escaped and reopened. */
const shellWord = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * What `npm run <script> -- <args>` runs in `root`: the script's command from package.json with the arguments,
 * through sh with node_modules/.bin first on PATH, as npm runs it, but without npm's own start, which cost about
 * 0.3 s of CPU per run (some 35 runs a test run).
 */
function scriptCommand(root: string, script: string, args: string[]): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts[script];
  if (command === undefined) throw new Error(`package.json in ${root} has no script "${script}"`);
  return ['sh', '-c', [command, ...args.map(shellWord)].join(' ')];
}

/** A handle on a copy made earlier (e.g. by another suite of the run), to run its scripts. */
export function projectAt(root: string, env: Record<string, string> = {}): ProjectCopy {
  return {
    root,
    env,
    run(script, ...args) {
      const started = Date.now();
      const [shell, ...command] = scriptCommand(root, script, args);
      const bin = join(root, 'node_modules', '.bin');
      const result = spawnSync(shell!, command, {
        cwd: root,
        encoding: 'utf8',
        env: { ...shellEnv(), ...env, PATH: `${bin}${delimiter}${process.env['PATH']}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      if (script === 'build') {
        const articles = readdirSync(join(root, 'content', 'articles')).length;
        const entities = readdirSync(join(root, 'content', 'entities')).length;
        logBuild(
          `copy ${root} ${JSON.stringify(env)} (${articles} articles, ${entities} entities): npm run build${args.length ? ` -- ${args.join(' ')}` : ''}`,
          (Date.now() - started) / 1000,
          result.status,
        );
      }
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * `npm run check`'s content check (scripts/check-content.ts, no Astro) on a copy of content/ that `setup`
 * changes first; `setup` gets a root whose content/ is that copy, as a project copy's would be.
 */
export function checkContentCopy(setup: (root: string) => void): ScriptResult {
  const root = mkdtempSync(join(tmpdir(), 'content-copy-'));
  try {
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    setup(root);
    const result = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'check-content.ts')], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...shellEnv(), CONTENT_DIR: join(root, 'content'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
