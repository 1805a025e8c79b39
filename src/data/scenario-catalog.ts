import type { ScenarioMeta } from '../engine/scenario/meta.ts';
import type { ScenarioOrigin } from './scenario-library.ts';

/*
 * What the catalog shows of each built-in scenario (title, summary, skills, difficulty, languages), made at build
 * time from the `?meta` import of its file (src/build/scenarios-plugin.ts). Kept apart from the library so that
 * playing one scenario does not load the cards of all of them.
 */
const BUILTIN_META = import.meta.glob<ScenarioMeta>(['/scenarios/*.yaml', '!/scenarios/*.golden.yaml'], {
  query: '?meta',
  import: 'default',
  eager: true,
});

/** a scenario as the catalog lists it */
export interface CatalogEntry {
  id: string;
  origin: ScenarioOrigin;
  scenario: ScenarioMeta;
}

/** the built-in scenarios as the catalog lists them, by file name */
export const BUILTIN_CATALOG: readonly CatalogEntry[] = Object.entries(BUILTIN_META)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, meta]) => ({ id: meta.id, origin: 'builtin', scenario: meta }));
