import { useMemo } from 'react';
import { useImportedScenarios } from './hooks.ts';
import { builtinLibrary, entryFromText, type LibraryEntry } from './scenario-library.ts';

export interface ScenarioLibrary {
  /** built-in scenarios, then the imported ones that parse (a built-in id wins) */
  entries: LibraryEntry[];
  /** true until the imported scenarios have been read */
  loading: boolean;
}

/** every scenario the device can play: the bundled ones and those a trainer imported */
export function useScenarioLibrary(): ScenarioLibrary {
  const imported = useImportedScenarios();
  return useMemo(() => {
    const builtin = builtinLibrary().entries;
    const ids = new Set(builtin.map((e) => e.id));
    const extra = (imported?.rows ?? []).flatMap((row) => {
      if (ids.has(row.id)) return [];
      const result = entryFromText(row.text, 'imported');
      return result.ok ? [result.entry] : [];
    });
    return { entries: [...builtin, ...extra], loading: imported === undefined };
  }, [imported]);
}
