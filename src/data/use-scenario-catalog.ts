import { useEffect, useMemo, useState } from 'react';
import { useImportedScenarios } from './hooks.ts';
import { BUILTIN_CATALOG, type CatalogEntry } from './scenario-catalog.ts';
import type { LibraryEntry } from './scenario-library.ts';
import { readImported, type ImportedProblem } from './use-scenario-library.ts';

export interface ScenarioCatalog {
  /** the built-in scenarios (bundled, there at once), then the imported ones that parse (a built-in id wins) */
  entries: CatalogEntry[];
  /** imported files that do not parse */
  problems: ImportedProblem[];
  /** true until the imported scenarios have been read */
  loading: boolean;
}

/** every scenario the device can play, as a catalog lists it: titles, skills, difficulty, languages */
export function useScenarioCatalog(): ScenarioCatalog {
  const imported = useImportedScenarios();
  const [read, setRead] = useState<{
    for: typeof imported;
    entries: LibraryEntry[];
    problems: ImportedProblem[];
  } | null>(null);
  useEffect(() => {
    if (imported === undefined) return undefined;
    let live = true;
    void readImported(imported.rows).then(({ entries, problems }) => {
      if (live) setRead({ for: imported, entries, problems });
    });
    return () => {
      live = false;
    };
  }, [imported]);
  return useMemo(
    () => ({
      entries: read ? [...BUILTIN_CATALOG, ...read.entries] : [...BUILTIN_CATALOG],
      problems: read?.problems ?? [],
      loading: imported === undefined || read?.for !== imported,
    }),
    [read, imported],
  );
}
