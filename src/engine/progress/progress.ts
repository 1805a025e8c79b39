import { DIMENSIONS, type Dimension } from '../scenario/schema.ts';
import type { Scorecard } from '../scoring/scorecard.ts';
import type { ForbiddenCategory } from '../scoring/types.ts';
import type { TranscriptEntry } from '../session/session.ts';

/** the part of a finished attempt that progress needs */
export interface AttemptSummary {
  scenarioId: string;
  startedAt: number;
  finishedAt?: number;
  scorecard?: Scorecard;
  transcript: readonly TranscriptEntry[];
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

/** how many recent attempts the weakest dimension is read from */
export const RECENT_ATTEMPTS = 10;

function finished(attempts: readonly AttemptSummary[]): (AttemptSummary & { scorecard: Scorecard })[] {
  return attempts
    .filter((a): a is AttemptSummary & { scorecard: Scorecard } => a.scorecard !== undefined)
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** each dimension's mean over the most recent finished attempts, counting only scenarios that weigh it */
export function dimensionAverages(
  attempts: readonly AttemptSummary[],
  recent = RECENT_ATTEMPTS,
): DimensionAverage[] {
  const last = finished(attempts).slice(0, recent);
  return DIMENSIONS.map((dimension) => {
    const scores = last
      .filter((a) => a.scorecard.dimensions[dimension].weight > 0)
      .map((a) => a.scorecard.dimensions[dimension].score);
    return {
      dimension,
      average: scores.length === 0 ? null : Math.round(scores.reduce((s, x) => s + x, 0) / scores.length),
      attempts: scores.length,
    };
  });
}

/** the dimension with the lowest recent average; null before any finished attempt */
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
    for (const e of a.transcript) {
      if (e.kind !== 'agent') continue;
      for (const hit of e.analysis.forbidden) counts.set(hit.category, (counts.get(hit.category) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/** ms spent in conversations: from the start of each attempt to its last line */
export function timePractised(attempts: readonly AttemptSummary[]): number {
  let total = 0;
  for (const a of attempts) {
    const last = a.transcript[a.transcript.length - 1];
    if (last) total += last.at;
  }
  return total;
}

/** one point per finished attempt and dimension, oldest first, for trend charts */
export function dimensionTrend(
  attempts: readonly AttemptSummary[],
  dimension: Dimension,
): { at: number; score: number; scenarioId: string }[] {
  return finished(attempts)
    .filter((a) => a.scorecard.dimensions[dimension].weight > 0)
    .map((a) => ({
      at: a.finishedAt ?? a.startedAt,
      score: a.scorecard.dimensions[dimension].score,
      scenarioId: a.scenarioId,
    }))
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
  const done = finished(attempts);
  const best = (id: string) =>
    Math.max(-1, ...done.filter((a) => a.scenarioId === id).map((a) => a.scorecard.overall));
  const tries = (id: string) => done.filter((a) => a.scenarioId === id).length;
  const candidates = pool.filter((s) => weakest === null || s.skills.includes(weakest));
  const ranked = (candidates.length > 0 ? candidates : pool)
    .map((s) => ({ s, mastered: best(s.id) >= 85 }))
    .sort(
      (a, b) =>
        Number(a.mastered) - Number(b.mastered) ||
        tries(a.s.id) - tries(b.s.id) ||
        a.s.difficulty - b.s.difficulty ||
        a.s.id.localeCompare(b.s.id),
    );
  const first = ranked[0];
  return first ? { scenarioId: first.s.id, dimension: weakest } : null;
}
