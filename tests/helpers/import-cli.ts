/** Runs the import CLI (scripts/import.ts) as an editor would, in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT, type ScriptResult } from './project-copy.ts';

/** Imports `file` with `args` from the folder `dir`, writing to dir/content: the exit status and everything printed. */
export function runImport(dir: string, file: string, ...args: string[]): ScriptResult {
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'import.ts'), file, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
