import type { Scenario } from './schema.ts';

/** what a catalog shows of a scenario before anyone plays it: small enough to bundle for every scenario */
export type ScenarioMeta = Pick<
  Scenario,
  'id' | 'version' | 'title' | 'summary' | 'skills' | 'difficulty' | 'locales'
>;

export function scenarioMeta(scenario: Scenario): ScenarioMeta {
  const { id, version, title, summary, skills, difficulty, locales } = scenario;
  return { id, version, title, summary, skills, difficulty, locales };
}
