import { useEffect, useState } from 'react';
import type { ScenarioIssue } from '../engine/scenario/issues.ts';
import type { ImportedScenario } from './entities.ts';
import { useImportedScenarios } from './hooks.ts';
import {
  entryFromText,
  isBuiltinScenario,
  loadBuiltinScenario,
  type EntryResult,
  type LibraryEntry,
} from './scenario-library.ts';

/** an imported file that does not parse, and why */
export interface ImportedProblem {
  source: string;
  issues: ScenarioIssue[];
}

// a live query hands back new row objects on every change: parse each file text once
const parsedImports = new Map<string, Promise<EntryResult>>();

function parseImported(row: ImportedScenario): Promise<EntryResult> {
  const key = `${row.id}\n${row.text}`;
  let result = parsedImports.get(key);
  if (!result) {
    result = entryFromText(row.text, 'imported');
    parsedImports.set(key, result);
  }
  return result;
}

/** the imported scenarios, parsed: those that play (minus built-in ids) and those that do not */
export async function readImported(
  rows: readonly ImportedScenario[],
): Promise<{ entries: LibraryEntry[]; problems: ImportedProblem[] }> {
  const results = await Promise.all(rows.map(parseImported));
  const entries: LibraryEntry[] = [];
  const problems: ImportedProblem[] = [];
  results.forEach((result, i) => {
    if (!result.ok) problems.push({ source: rows[i]!.id, issues: result.issues });
    else if (!isBuiltinScenario(result.entry.id)) entries.push(result.entry);
  });
  return { entries, problems };
}

/**
 * One scenario by id, ready to play: a built-in one loads only its own file; an imported one is read from the
 * device. `entry` is undefined while loading and when no scenario has that id.
 */
export function useScenarioEntry(id: string | null): { entry: LibraryEntry | undefined; loading: boolean } {
  const builtin = id !== null && isBuiltinScenario(id);
  const imported = useImportedScenarios();
  const [found, setFound] = useState<{ id: string; entry: LibraryEntry | undefined } | null>(null);
  useEffect(() => {
    if (id === null) return undefined;
    let live = true;
    const done = (entry: LibraryEntry | undefined) => {
      if (live) setFound({ id, entry });
    };
    if (builtin) {
      // a chunk that cannot load (offline before the app was ever cached) reads as no such scenario
      void loadBuiltinScenario(id)!.then(done, () => done(undefined));
    } else if (imported !== undefined) {
      const row = imported.rows.find((r) => r.id === id);
      if (!row) done(undefined);
      else void parseImported(row).then((result) => done(result.ok ? result.entry : undefined));
    }
    return () => {
      live = false;
    };
  }, [id, builtin, imported]);
  const current = id !== null && found?.id === id ? found : null;
  return { entry: current?.entry, loading: id !== null && current === null };
}
