import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../scoring/analyze-reply.ts';
import type { Scorecard } from '../scoring/scorecard.ts';
import type { AgentEntry } from '../session/session.ts';
import {
  dimensionAverages,
  dimensionTrend,
  forbiddenCounts,
  suggestNextScenario,
  summarizeConversation,
  timePractised,
  weakestDimension,
  type AttemptSummary,
} from './progress.ts';

function card(scores: Record<string, number>, overall = 70): Scorecard {
  const dim = (score: number) => ({ score, weight: 20, deductions: [], credits: [] });
  return {
    overall,
    dimensions: {
      empathy: dim(scores.empathy ?? 80),
      clarification: dim(scores.clarification ?? 80),
      compliance: dim(scores.compliance ?? 80),
      resolution: dim(scores.resolution ?? 80),
      timeliness: dim(scores.timeliness ?? 80),
    },
    critical: [],
    checkpoints: [],
    end: 'resolved',
    outcome: 'resolved',
    replies: 3,
    duration: 60_000,
  };
}

function agent(text: string, at: number): AgentEntry {
  return {
    kind: 'agent',
    at,
    beat: 'b',
    text,
    analysis: analyzeReply(text, { lang: 'en' }),
    fired: [],
    waited: 0,
    mood: 5,
    flags: [],
  };
}

function summary(
  scenarioId: string,
  startedAt: number,
  transcript: AgentEntry[],
  scorecard?: Scorecard,
): AttemptSummary {
  return { scenarioId, startedAt, ...summarizeConversation(transcript, scorecard) };
}

const attempts: AttemptSummary[] = [
  summary('a', 1, [agent('Calm down, rules are rules.', 30_000)], card({ empathy: 40 }, 60)),
  summary('b', 2, [agent('Calm down.', 90_000)], card({ empathy: 60, clarification: 90 }, 90)),
  summary('c', 3, []),
];

const scenarios = [
  { id: 'a', skills: ['empathy', 'compliance'] as const, difficulty: 3 },
  { id: 'b', skills: ['empathy'] as const, difficulty: 2 },
  { id: 'c', skills: ['clarification'] as const, difficulty: 1 },
  { id: 'd', skills: ['empathy', 'resolution'] as const, difficulty: 4 },
];

describe('progress', () => {
  it('sums a conversation up: scores of the weighed dimensions, forbidden phrases by category, length', () => {
    const scorecard = card({ empathy: 40, timeliness: 70 }, 60);
    scorecard.dimensions.timeliness.weight = 0;
    const first = agent('Calm down, rules are rules.', 30_000);
    const second = agent('Calm down.', 45_000);
    const used = (e: AgentEntry) => e.analysis.forbidden.map((h) => h.category);
    const expected: Record<string, number> = {};
    for (const category of [...used(first), ...used(second)])
      expected[category] = (expected[category] ?? 0) + 1;
    expect(used(second)).toContain('dismissive');
    expect(summarizeConversation([first, second], scorecard)).toEqual({
      overall: 60,
      scores: { empathy: 40, clarification: 80, compliance: 80, resolution: 80 },
      forbidden: expected,
      duration: 45_000,
    });
    // unscored while in progress; an empty conversation lasted no time
    expect(summarizeConversation([agent('Sure.', 5_000)])).toEqual({ forbidden: {}, duration: 5_000 });
    expect(summarizeConversation([])).toEqual({ forbidden: {}, duration: 0 });
  });

  it('averages each dimension over finished attempts and finds the weakest', () => {
    expect(dimensionAverages(attempts).find((d) => d.dimension === 'empathy')).toEqual({
      dimension: 'empathy',
      average: 50,
      attempts: 2,
    });
    expect(weakestDimension(attempts)).toBe('empathy');
    expect(weakestDimension([])).toBeNull();
  });

  it('counts forbidden categories, most frequent first', () => {
    const counts = forbiddenCounts(attempts);
    expect(counts[0]).toEqual({ category: 'dismissive', count: 2 });
    expect(counts).toContainEqual({ category: 'blame', count: 1 });
    expect(counts.map((c) => c.count)).toEqual([...counts.map((c) => c.count)].sort((a, b) => b - a));
  });

  it('gives a trend point per scored attempt that weighs the dimension, oldest first', () => {
    const unweighed = card({ empathy: 10 });
    unweighed.dimensions.empathy.weight = 0;
    const later = { ...summary('d', 4, [], unweighed), finishedAt: 9 };
    expect(dimensionTrend([...attempts, later], 'empathy')).toEqual([
      { at: 1, score: 40, scenarioId: 'a' },
      { at: 2, score: 60, scenarioId: 'b' },
    ]);
    expect(dimensionTrend([...attempts, later], 'clarification').map((p) => p.at)).toEqual([1, 2, 9]);
  });

  it('adds up the time spent in conversations', () => {
    expect(timePractised(attempts)).toBe(120_000);
  });

  it('suggests an unmastered, least practised scenario that trains the weakest dimension', () => {
    expect(suggestNextScenario(scenarios, attempts)).toEqual({ scenarioId: 'd', dimension: 'empathy' });
    expect(suggestNextScenario(scenarios, attempts, { exclude: 'd' })).toEqual({
      scenarioId: 'a',
      dimension: 'empathy',
    });
    expect(suggestNextScenario(scenarios, [])).toEqual({ scenarioId: 'c', dimension: null });
    expect(suggestNextScenario([], attempts)).toBeNull();
  });
});
