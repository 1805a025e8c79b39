import { SIGNAL_NAMES } from '../../engine/scoring/types.ts';
import type { ForbiddenCategory, ReplyAnalysis, SignalName } from '../../engine/scoring/index.ts';
import type { MarkRange } from './segment-spans.ts';

export type MarkKind = SignalName | 'forbidden';

export interface Mark {
  kind: MarkKind;
  ruleId: string;
  category?: ForbiddenCategory;
}

/** which colour wins where marks overlap: problems first, then the more specific signals */
export const MARK_PRIORITY: readonly MarkKind[] = [
  'forbidden',
  'apology',
  'empathy',
  'restatement',
  'question',
  'timeline',
  'followup',
  'solution',
];

/** every span the analysis points at, as ranges to highlight */
export function collectMarks(analysis: ReplyAnalysis): MarkRange<Mark>[] {
  const ranges: MarkRange<Mark>[] = [];
  for (const signal of SIGNAL_NAMES) {
    for (const e of analysis[signal].evidence) {
      ranges.push({ start: e.span.start, end: e.span.end, value: { kind: signal, ruleId: e.ruleId } });
    }
  }
  for (const hit of analysis.forbidden) {
    ranges.push({
      start: hit.span.start,
      end: hit.span.end,
      value: { kind: 'forbidden', ruleId: hit.ruleId, category: hit.category },
    });
  }
  return ranges;
}

/** the distinct kinds among some marks, most important first */
export function rankKinds(marks: readonly Mark[]): MarkKind[] {
  const present = new Set(marks.map((m) => m.kind));
  return MARK_PRIORITY.filter((k) => present.has(k));
}

/** the distinct forbidden categories among some marks, in first-seen order */
export function forbiddenCategories(marks: readonly Mark[]): ForbiddenCategory[] {
  const seen: ForbiddenCategory[] = [];
  for (const m of marks) if (m.category && !seen.includes(m.category)) seen.push(m.category);
  return seen;
}
