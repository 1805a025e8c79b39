import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggest } from '../../engine/scenario/suggest.ts';
import { isScenarioFileName } from './find-files.ts';

/** the built-in scenarios at the repository root, wherever parley is started from */
export const BUILT_IN_SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export type ResolvedScenario =
  | { kind: 'file'; file: string }
  /** a path that does not exist */
  | { kind: 'missing'; file: string }
  /** neither a file nor a built-in id */
  | { kind: 'unknown'; id: string; known: string[]; suggestion?: string };

// the order a bare id is looked up in
const ID_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** the ids of the scenarios in a folder (`<id>.yaml`, `.yml` or `.json`, golden transcripts left out), sorted */
export async function listScenarioIds(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const ids = names.filter(isScenarioFileName).map((name) => name.replace(/\.(ya?ml|json)$/i, ''));
  return [...new Set(ids)].sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function looksLikePath(arg: string): boolean {
  return /[\\/]/.test(arg) || /\.(ya?ml|json)$/i.test(arg);
}

/**
 * What `parley play <scenario>` names: an existing file, else the id of a scenario in `folder`
 * (`scenarios/<id>.yaml` by default). An argument written like a path is never taken for an id.
 */
export async function resolveScenario(
  arg: string,
  folder = BUILT_IN_SCENARIOS_DIR,
): Promise<ResolvedScenario> {
  if (await isFile(arg)) return { kind: 'file', file: arg };
  if (looksLikePath(arg)) return { kind: 'missing', file: arg };
  for (const extension of ID_EXTENSIONS) {
    const file = join(folder, `${arg}${extension}`);
    if (await isFile(file)) return { kind: 'file', file };
  }
  const known = await listScenarioIds(folder);
  const suggestion = suggest(arg, known);
  return { kind: 'unknown', id: arg, known, ...(suggestion !== undefined && { suggestion }) };
}
