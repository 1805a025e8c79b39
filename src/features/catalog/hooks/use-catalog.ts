import { useMemo } from 'react';
import type { ScenarioIssue } from '../../../engine/scenario/issues.ts';
import { useImportedScenarios } from '../../../data/hooks.ts';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import { isBuiltinScenario } from '../../../data/scenario-library.ts';
import { useScenarioCatalog } from '../../../data/use-scenario-catalog.ts';

/** a scenario file that is left out of the catalog, and why; shown plainly for trainers */
export type CatalogProblem =
  | { kind: 'invalid'; source: string; issues: ScenarioIssue[] }
  | { kind: 'duplicate'; source: string; id: string }
  | { kind: 'unreadable'; source: string };

export interface Catalog {
  /** built-in and imported scenarios, easiest first */
  entries: CatalogEntry[];
  problems: CatalogProblem[];
  /** imported scenarios are still being read; the built-in ones are already there */
  loading: boolean;
}

function byDifficulty(a: CatalogEntry, b: CatalogEntry): number {
  return a.scenario.difficulty - b.scenario.difficulty || a.id.localeCompare(b.id);
}

/** the built-in scenarios (bundled as catalog data) and the ones imported on this device, easiest first */
export function useCatalog(): Catalog {
  const imported = useImportedScenarios();
  const catalog = useScenarioCatalog();
  return useMemo(() => {
    const problems: CatalogProblem[] = catalog.problems.map((p) => ({
      kind: 'invalid',
      source: p.source,
      issues: p.issues,
    }));
    // the built-in one wins when the player looks a scenario up, so an imported twin would never be played
    for (const row of imported?.rows ?? []) {
      if (isBuiltinScenario(row.id)) problems.push({ kind: 'duplicate', source: row.id, id: row.id });
    }
    for (const issue of imported?.issues ?? []) {
      problems.push({ kind: 'unreadable', source: String(issue.params?.key ?? issue.path.join('.')) });
    }
    return { entries: [...catalog.entries].sort(byDifficulty), problems, loading: catalog.loading };
  }, [catalog, imported]);
}
