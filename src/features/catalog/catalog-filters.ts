import type { Dimension, Locale } from '../../engine/scenario/constants.ts';
import { DIMENSIONS, LOCALES } from '../../engine/scenario/constants.ts';
import type { ScenarioMeta } from '../../engine/scenario/meta.ts';

/** the catalog's filters; kept in the address so a reload or a shared link shows the same list */
export interface CatalogFilters {
  skill: Dimension | null;
  difficulty: number | null;
  language: Locale | null;
}

/** query parameter names; `lng` stays the interface language's own */
export const FILTER_PARAMS = { skill: 'skill', difficulty: 'difficulty', language: 'language' } as const;

export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;

export const NO_FILTERS: CatalogFilters = { skill: null, difficulty: null, language: null };

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** the filters in the address; a value the catalog does not know is ignored rather than an empty list */
export function readFilters(params: URLSearchParams): CatalogFilters {
  const difficulty = Number(params.get(FILTER_PARAMS.difficulty));
  return {
    skill: oneOf(params.get(FILTER_PARAMS.skill), DIMENSIONS),
    difficulty: (DIFFICULTIES as readonly number[]).includes(difficulty) ? difficulty : null,
    language: oneOf(params.get(FILTER_PARAMS.language), LOCALES),
  };
}

/** the address's parameters with the filters written in; other parameters (such as `lng`) are kept */
export function writeFilters(params: URLSearchParams, filters: CatalogFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof CatalogFilters, string | null> = {
    skill: filters.skill,
    difficulty: filters.difficulty === null ? null : String(filters.difficulty),
    language: filters.language,
  };
  for (const key of Object.keys(FILTER_PARAMS) as (keyof CatalogFilters)[]) {
    const value = values[key];
    if (value === null) next.delete(FILTER_PARAMS[key]);
    else next.set(FILTER_PARAMS[key], value);
  }
  return next;
}

export function hasFilters(filters: CatalogFilters): boolean {
  return filters.skill !== null || filters.difficulty !== null || filters.language !== null;
}

export function matchesFilters(scenario: ScenarioMeta, filters: CatalogFilters): boolean {
  return (
    (filters.skill === null || scenario.skills.includes(filters.skill)) &&
    (filters.difficulty === null || scenario.difficulty === filters.difficulty) &&
    (filters.language === null || scenario.locales.includes(filters.language))
  );
}
