import { compareIssues, type ScenarioIssue } from './issues.ts';
import { parseScenario, type Locator } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

export interface LintResult {
  /** the scenario, when the file could be read and validated */
  scenario?: Scenario;
  issues: ScenarioIssue[];
  errors: number;
  warnings: number;
}

/**
 * Graph and content checks on a validated scenario. Placeholder during development: the graph checks
 * (unreachable beats, dead ends, shadowed rules, missing texts, unsatisfiable checkpoints) land next.
 */
export function lintScenario(scenario: Scenario, locate?: Locator): ScenarioIssue[] {
  void scenario;
  void locate;
  return [];
}

/** parse, validate and lint scenario text; never throws */
export function lintText(text: string): LintResult {
  const parsed = parseScenario(text);
  const issues = parsed.ok ? [...parsed.warnings, ...lintScenario(parsed.scenario, parsed.locate)] : parsed.issues;
  issues.sort(compareIssues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { ...(parsed.ok && { scenario: parsed.scenario }), issues, errors, warnings: issues.length - errors };
}
