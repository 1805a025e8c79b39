import { FORBIDDEN_CATEGORIES, QUESTION_LEVELS } from '../scoring/types.ts';
import type { End } from './schema.ts';

/**
 * The scenario format's closed vocabularies, as plain data: the app imports them without the zod schema (and zod),
 * so they stay out of the bundle that must load before a conversation can start. `schema.ts` re-exports them.
 */

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

export const DIMENSIONS = ['empathy', 'clarification', 'compliance', 'resolution', 'timeliness'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const TOOL_ACTIONS = [
  'escalate_security',
  'create_ticket',
  'refund',
  'send_official_link',
  'handover_safety',
  'compensate',
] as const;
export type ToolActionId = (typeof TOOL_ACTIONS)[number];

export const PRIORITIES = ['urgent', 'important', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const OUTCOMES = ['resolved', 'escalated', 'customer_left', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const EMOTIONS = ['anger', 'anxiety', 'none'] as const;

export const SCHEMA_VERSION = 1;

/** what the scorecard expects of every conversation unless the rubric skips it */
export const EXPECTATIONS = [
  'empathy',
  'apology',
  'question',
  'restatement',
  'solution',
  'timeline',
  'followup',
] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** the words a condition may use on its own, e.g. `empathy` or `forbidden:privacy` */
export const SIGNAL_ATOMS: readonly string[] = [
  'always',
  'empathy',
  'apology',
  'question',
  ...QUESTION_LEVELS.map((l) => `question:${l}`),
  'restatement',
  'solution',
  'timeline',
  'followup',
  'forbidden',
  ...FORBIDDEN_CATEGORIES.map((c) => `forbidden:${c}`),
];

/** the analyzer language for a locale */
export function analyzerLang(locale: Locale): 'en' | 'zh' {
  return locale === 'en' ? 'en' : 'zh';
}

/** the kind of an end: its `outcome`, or its id when the id names an outcome */
export function outcomeOf(endId: string, end: End): Outcome | undefined {
  if (end.outcome) return end.outcome;
  return isOutcome(endId) ? endId : undefined;
}

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}
