// end-to-end runs of the real `parley` bin, spawned the way npx runs it
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MINI = fileURLToPath(new URL('../../engine/scenario/fixtures/mini.yaml', import.meta.url));
const BIN = fileURLToPath(new URL('../parley.js', import.meta.url));
/** a spawned run loads tsx and the lexicons: seconds, not milliseconds */
export const E2E_TIMEOUT = 60_000;

export interface ParleyRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** run `parley <args>` with stdin from `input` (a pipe, never a terminal) and colour left to the flags */
export function parley(args: readonly string[], options: { input?: string; cwd?: string } = {}): ParleyRun {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: E2E_TIMEOUT,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
