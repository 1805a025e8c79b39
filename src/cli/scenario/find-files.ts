import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const GOLDEN_SUFFIX = '.golden.yaml';
export const SCHEMA_SUFFIX = '.schema.json';

/** a scenario file by its name: YAML or JSON, and neither a golden transcript nor a saved `parley schema` */
export function isScenarioFileName(name: string): boolean {
  return (
    /\.(ya?ml|json)$/i.test(name) && !isGoldenFileName(name) && !name.toLowerCase().endsWith(SCHEMA_SUFFIX)
  );
}

export function isGoldenFileName(name: string): boolean {
  return name.toLowerCase().endsWith(GOLDEN_SUFFIX);
}

export interface FoundFiles {
  /** files in the order they were named, each folder's files sorted, without duplicates */
  files: string[];
  /** targets that do not exist */
  missing: string[];
  /** folders that were searched */
  folders: string[];
}

// folders a search never enters: tools' and VCS's own, and hidden ones
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage']);

async function walk(folder: string, matches: (name: string) => boolean, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    // an unreadable subfolder is skipped; the folder named on the command line was already checked
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(path, matches, out);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && matches(entry.name)) {
      out.push(path);
    }
  }
}

/**
 * The files the targets name: a file is taken as it is, whatever its name; a folder is searched (subfolders too)
 * for names that `matches` accepts.
 */
export async function findFiles(
  targets: readonly string[],
  matches: (name: string) => boolean,
): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], missing: [], folders: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    found.files.push(file);
  };
  for (const target of targets) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(target)).isDirectory();
    } catch (error) {
      // a path that cannot even be looked at is read anyway, so the reader reports why it failed
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'ENOENT' || code === 'ENOTDIR') found.missing.push(target);
      else add(target);
      continue;
    }
    if (!isFolder) {
      add(target);
      continue;
    }
    found.folders.push(target);
    const files: string[] = [];
    await walk(target, matches, files);
    files.forEach(add);
  }
  return found;
}
