import { isAbsolute, relative } from 'node:path';
import { BUILT_IN_SCENARIOS_DIR } from './resolve-scenario.ts';

/**
 * The built-in scenarios folder as the user would type it: relative to the working directory when it is inside it
 * (`scenarios`), absolute otherwise, so `parley lint` works from any directory and prints short paths at the root.
 */
export function builtInScenariosTarget(cwd = process.cwd()): string {
  const path = relative(cwd, BUILT_IN_SCENARIOS_DIR);
  if (path === '') return '.';
  return path.startsWith('..') || isAbsolute(path) ? BUILT_IN_SCENARIOS_DIR : path;
}
