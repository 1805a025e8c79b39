import { compileScenario, type CompiledScenario } from '../../engine/scenario/compile-scenario.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { lintText } from '../../engine/scenario/lint-scenario.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { t } from '../i18n.ts';
import { readTextFile } from './read-text-file.ts';

export interface LintedFile {
  file: string;
  issues: ScenarioIssue[];
  errors: number;
  warnings: number;
  /** the scenario, when the file could be read and validated */
  scenario?: Scenario;
}

export type LoadedScenario =
  | { ok: true; file: string; compiled: CompiledScenario; issues: ScenarioIssue[]; warnings: number }
  | { ok: false; file: string; issues: ScenarioIssue[]; errors: number; warnings: number };

function counts(issues: readonly ScenarioIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

/** read and lint one scenario file; never throws */
export async function lintFile(file: string): Promise<LintedFile> {
  const read = await readTextFile(file);
  if (!read.ok) return { file, issues: [read.issue], ...counts([read.issue]) };
  const result = lintText(read.text);
  return {
    file,
    issues: result.issues,
    errors: result.errors,
    warnings: result.warnings,
    ...(result.scenario && { scenario: result.scenario }),
  };
}

/** read, lint and compile a scenario: ready to play when there are no errors (warnings come along) */
export async function loadScenario(file: string): Promise<LoadedScenario> {
  const linted = await lintFile(file);
  if (!linted.scenario || linted.errors > 0) {
    return { ok: false, file, issues: linted.issues, errors: linted.errors, warnings: linted.warnings };
  }
  try {
    return {
      ok: true,
      file,
      compiled: compileScenario(linted.scenario),
      issues: linted.issues,
      warnings: linted.warnings,
    };
  } catch (error) {
    // the compiler trusts validated input; if it still fails, say so instead of crashing
    const issue: ScenarioIssue = {
      code: 'compile_failed',
      severity: 'error',
      path: [],
      message: t('cli.file.cannotCompile', { detail: (error as Error).message }),
      line: 1,
      column: 1,
    };
    return { ok: false, file, issues: [...linted.issues, issue], errors: 1, warnings: linted.warnings };
  }
}
