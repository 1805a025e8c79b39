import { DIMENSIONS, type Dimension } from '../scenario/constants.ts';
import type { Scorecard } from '../scoring/scorecard.ts';
import type { ForbiddenCategory } from '../scoring/types.ts';
import type { TranscriptEntry } from '../session/session.ts';

/** what one conversation adds up to for progress: a few numbers, worked out once when the attempt is saved */
export interface ConversationSummary {
  /** the scorecard's overall score; absent until the attempt is scored */
  overall?: number;
  /** the score of each dimension the scenario weighs; absent until the attempt is scored */
  scores?: Partial<Record<Dimension, number>>;
  /** how often the agent used a forbidden phrase of each category */
  forbidden: Partial<Record<ForbiddenCategory, number>>;
  /** ms from the opening line to the conversation's last line */
  duration: number;
}

/** the part of an attempt that progress needs */
export interface AttemptSummary extends ConversationSummary {
  scenarioId: string;
  startedAt: number;
  finishedAt?: number;
}

/** the part of a scenario that the suggestion needs */
export interface ScenarioSummary {
  id: string;
  skills: readonly Dimension[];
  difficulty: number;
}

export interface DimensionAverage {
  dimension: Dimension;
  /** mean score over the recent attempts that weigh this dimension; null when none do */
  average: number | null;
  attempts: number;
}

type Scored = AttemptSummary & Required<Pick<AttemptSummary, 'overall' | 'scores'>>;

/** how many recent attempts the weakest dimension is read from */
export const RECENT_ATTEMPTS = 10;

/**
 * A conversation's numbers for progress: its scores (once scored), forbidden phrases by category and length.
 *
 * @example
 * summarizeConversation(session.transcript, scoreSession(compiled, session.transcript))
 * // { overall: 82, scores: { empathy: 90, ... }, forbidden: { blame: 1 }, duration: 94000 }
 */
export function summarizeConversation(
  transcript: readonly TranscriptEntry[],
  scorecard?: Scorecard,
): ConversationSummary {
  const forbidden: Partial<Record<ForbiddenCategory, number>> = {};
  for (const e of transcript) {
    if (e.kind !== 'agent') continue;
    for (const hit of e.analysis.forbidden) forbidden[hit.category] = (forbidden[hit.category] ?? 0) + 1;
  }
  const duration = transcript[transcript.length - 1]?.at ?? 0;
  if (!scorecard) return { forbidden, duration };
  const scores: Partial<Record<Dimension, number>> = {};
  // a dimension the scenario does not weigh says nothing about the trainee
  for (const d of DIMENSIONS)
    if (scorecard.dimensions[d].weight > 0) scores[d] = scorecard.dimensions[d].score;
  return { overall: scorecard.overall, scores, forbidden, duration };
}

function isScored(a: AttemptSummary): a is Scored {
  return a.overall !== undefined && a.scores !== undefined;
}

function scored(attempts: readonly AttemptSummary[]): Scored[] {
  return attempts.filter(isScored).sort((a, b) => b.startedAt - a.startedAt);
}

/** each dimension's mean over the most recent scored attempts, counting only scenarios that weigh it */
export function dimensionAverages(
  attempts: readonly AttemptSummary[],
  recent = RECENT_ATTEMPTS,
): DimensionAverage[] {
  const last = scored(attempts).slice(0, recent);
  return DIMENSIONS.map((dimension) => {
    const scores = last.flatMap((a) => {
      const score = a.scores[dimension];
      return score === undefined ? [] : [score];
    });
    return {
      dimension,
      average: scores.length === 0 ? null : Math.round(scores.reduce((s, x) => s + x, 0) / scores.length),
      attempts: scores.length,
    };
  });
}

/** the dimension with the lowest recent average; null before any scored attempt */
export function weakestDimension(attempts: readonly AttemptSummary[]): Dimension | null {
  let weakest: DimensionAverage | null = null;
  for (const d of dimensionAverages(attempts)) {
    if (d.average === null) continue;
    if (weakest === null || weakest.average === null || d.average < weakest.average) weakest = d;
  }
  return weakest?.dimension ?? null;
}

/** how often each forbidden category was used, most frequent first (a Pareto of the trainee's slips) */
export function forbiddenCounts(
  attempts: readonly AttemptSummary[],
): { category: ForbiddenCategory; count: number }[] {
  const counts = new Map<ForbiddenCategory, number>();
  for (const a of attempts) {
    for (const [category, count] of Object.entries(a.forbidden) as [ForbiddenCategory, number][]) {
      counts.set(category, (counts.get(category) ?? 0) + count);
    }
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/** ms spent in conversations: from the start of each attempt to its last line */
export function timePractised(attempts: readonly AttemptSummary[]): number {
  let total = 0;
  for (const a of attempts) total += a.duration;
  return total;
}

/** one point per scored attempt that weighs the dimension, oldest first, for trend charts */
export function dimensionTrend(
  attempts: readonly AttemptSummary[],
  dimension: Dimension,
): { at: number; score: number; scenarioId: string }[] {
  return scored(attempts)
    .flatMap((a) => {
      const score = a.scores[dimension];
      return score === undefined
        ? []
        : [{ at: a.finishedAt ?? a.startedAt, score, scenarioId: a.scenarioId }];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * The next scenario to practise: one that trains the weakest dimension, not yet mastered (best score under 85),
 * least practised, then easiest first; before any attempt, the easiest scenario.
 */
export function suggestNextScenario(
  scenarios: readonly ScenarioSummary[],
  attempts: readonly AttemptSummary[],
  options: { exclude?: string } = {},
): { scenarioId: string; dimension: Dimension | null } | null {
  const pool = scenarios.filter((s) => s.id !== options.exclude);
  if (pool.length === 0) return null;
  const weakest = weakestDimension(attempts);
  const best = new Map<string, number>();
  const tries = new Map<string, number>();
  for (const a of scored(attempts)) {
    best.set(a.scenarioId, Math.max(best.get(a.scenarioId) ?? -1, a.overall));
    tries.set(a.scenarioId, (tries.get(a.scenarioId) ?? 0) + 1);
  }
  const triesOf = (id: string) => tries.get(id) ?? 0;
  const candidates = pool.filter((s) => weakest === null || s.skills.includes(weakest));
  const ranked = (candidates.length > 0 ? candidates : pool)
    .map((s) => ({ s, mastered: (best.get(s.id) ?? -1) >= 85 }))
    .sort(
      (a, b) =>
        Number(a.mastered) - Number(b.mastered) ||
        triesOf(a.s.id) - triesOf(b.s.id) ||
        a.s.difficulty - b.s.difficulty ||
        a.s.id.localeCompare(b.s.id),
    );
  const first = ranked[0];
  return first ? { scenarioId: first.s.id, dimension: weakest } : null;
}
