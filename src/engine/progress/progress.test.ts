import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../scoring/analyze-reply.ts';
import type { Scorecard } from '../scoring/scorecard.ts';
import type { AgentEntry } from '../session/session.ts';
import {
  dimensionAverages,
  forbiddenCounts,
  suggestNextScenario,
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

const attempts: AttemptSummary[] = [
  {
    scenarioId: 'a',
    startedAt: 1,
    scorecard: card({ empathy: 40 }, 60),
    transcript: [agent('Calm down, rules are rules.', 30_000)],
  },
  {
    scenarioId: 'b',
    startedAt: 2,
    scorecard: card({ empathy: 60, clarification: 90 }, 90),
    transcript: [agent('Calm down.', 90_000)],
  },
  { scenarioId: 'c', startedAt: 3, transcript: [] },
];

const scenarios = [
  { id: 'a', skills: ['empathy', 'compliance'] as const, difficulty: 3 },
  { id: 'b', skills: ['empathy'] as const, difficulty: 2 },
  { id: 'c', skills: ['clarification'] as const, difficulty: 1 },
  { id: 'd', skills: ['empathy', 'resolution'] as const, difficulty: 4 },
];

describe('progress', () => {
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
