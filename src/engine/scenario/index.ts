export { parseScenario, MAX_SCENARIO_BYTES, MAX_DEPTH, MAX_ALIAS_COUNT } from './parse-scenario.ts';
export type { ParseResult, Locator } from './parse-scenario.ts';
export { lintScenario, lintText } from './lint-scenario.ts';
export type { LintResult } from './lint-scenario.ts';
export { compileScenario, sessionSetup } from './compile-scenario.ts';
export type {
  CompiledScenario,
  CompiledCheckpoint,
  CustomerLine,
  FiredRule,
  SessionContext,
  SessionEvent,
  SessionInput,
  SessionMachine,
} from './compile-scenario.ts';
export { compileCondition } from './condition.ts';
export type { ConditionFacts, Predicate, TakenAction } from './condition.ts';
export { formatIssue, formatPath } from './issues.ts';
export type { ScenarioIssue } from './issues.ts';
export { localize, pickLine } from './lines.ts';
export {
  analyzerLang,
  DIMENSIONS,
  LOCALES,
  OUTCOMES,
  PRIORITIES,
  SCHEMA_VERSION,
  scenarioSchema,
  TOOL_ACTIONS,
  isOutcome,
  outcomeOf,
} from './schema.ts';
export type {
  Beat,
  Checkpoint,
  Condition,
  Dimension,
  End,
  Line,
  Locale,
  LocalizedText,
  Outcome,
  Priority,
  Rule,
  Scenario,
  ScenarioInput,
  SilenceRule,
  ToolActionId,
} from './schema.ts';
export { suggest } from './suggest.ts';
