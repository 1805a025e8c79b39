import { useMemo } from 'react';
import type { ScenarioIssue } from '../../../engine/scenario/index.ts';
import { useImportedScenarios } from '../../../data/hooks.ts';
import { builtinLibrary, entryFromText, type LibraryEntry } from '../../../data/scenario-library.ts';

/** a scenario file that is left out of the catalog, and why; shown plainly for trainers */
export type CatalogProblem =
  | { kind: 'invalid'; source: string; issues: ScenarioIssue[] }
  | { kind: 'duplicate'; source: string; id: string }
  | { kind: 'unreadable'; source: string };

export interface Catalog {
  /** built-in and imported scenarios, easiest first */
  entries: LibraryEntry[];
  problems: CatalogProblem[];
  /** imported scenarios are still being read; the built-in ones are already there */
  loading: boolean;
}

function byDifficulty(a: LibraryEntry, b: LibraryEntry): number {
  return a.scenario.difficulty - b.scenario.difficulty || a.id.localeCompare(b.id);
}

/** the built-in scenarios and the ones imported on this device, parsed and compiled */
export function useCatalog(): Catalog {
  const imported = useImportedScenarios();
  return useMemo(() => {
    const library = builtinLibrary();
    const entries = [...library.entries];
    const problems: CatalogProblem[] = library.problems.map((p) => ({
      kind: 'invalid',
      source: p.file.replace(/^\//, ''),
      issues: p.issues,
    }));
    const ids = new Set(entries.map((e) => e.id));
    for (const row of imported?.rows ?? []) {
      const result = entryFromText(row.text, 'imported');
      if (!result.ok) problems.push({ kind: 'invalid', source: row.id, issues: result.issues });
      // the built-in one wins when the player looks a scenario up, so the imported twin would never be played
      else if (ids.has(result.entry.id)) problems.push({ kind: 'duplicate', source: row.id, id: row.id });
      else {
        ids.add(result.entry.id);
        entries.push(result.entry);
      }
    }
    for (const issue of imported?.issues ?? []) {
      problems.push({ kind: 'unreadable', source: String(issue.params?.key ?? issue.path.join('.')) });
    }
    entries.sort(byDifficulty);
    return { entries, problems, loading: imported === undefined };
  }, [imported]);
}
