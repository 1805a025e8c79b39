import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Attempt } from './entities.ts';
import {
  isAttemptId,
  isTraineeId,
  newAttemptId,
  newTraineeId,
  type AttemptId,
  type TraineeId,
} from './ids.ts';
import { attemptSchema, scorecardSchema, transcriptEntrySchema } from './schemas.ts';
import { playMiniToEnd } from './test-support/play-mini.ts';

function finishedAttempt(): Attempt {
  const played = playMiniToEnd();
  return {
    id: newAttemptId(),
    traineeId: newTraineeId(),
    scenarioId: 'mini-login',
    scenarioVersion: 1,
    locale: 'en',
    mode: 'exam',
    seed: 'seed-1',
    status: 'finished',
    startedAt: 1,
    updatedAt: 2,
    finishedAt: 2,
    log: [...played.session.log],
    transcript: [...played.session.transcript],
    moodTrace: [...played.session.moodTrace],
    scorecard: played.scorecard,
    overall: played.scorecard.overall,
    outcome: played.scorecard.outcome,
  };
}

describe('row schemas', () => {
  it('read back everything the engine writes, field for field', () => {
    const attempt = finishedAttempt();
    // a structured clone is what IndexedDB hands back
    expect(attemptSchema.parse(structuredClone(attempt))).toEqual(attempt);
  });

  it('name the place of a bad field deep inside a transcript', () => {
    const attempt = finishedAttempt();
    const agent = attempt.transcript.findIndex((e) => e.kind === 'agent');
    const broken = structuredClone(attempt) as unknown as {
      transcript: { analysis: { empathy: { fired: unknown } } }[];
    };
    (broken.transcript[agent] as { analysis: { empathy: { fired: unknown } } }).analysis.empathy.fired =
      'yes';
    const result = attemptSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ['transcript', agent, 'analysis', 'empathy', 'fired'],
    ]);
  });

  it('accept a deduction code a newer engine may add, and refuse an unknown transcript kind', () => {
    const card = finishedAttempt().scorecard;
    const withNewCode = structuredClone(card) as unknown as {
      dimensions: { empathy: { deductions: { code: string; points: number }[] } };
    };
    withNewCode.dimensions.empathy.deductions.push({ code: 'some_new_code', points: 3 });
    expect(scorecardSchema.safeParse(withNewCode).success).toBe(true);
    expect(transcriptEntrySchema.safeParse({ kind: 'telepathy', at: 0 }).success).toBe(false);
  });

  it('type their output as the stored entities', () => {
    expectTypeOf<z.output<typeof attemptSchema>>().toEqualTypeOf<Attempt>();
  });
});

describe('ids', () => {
  it('are uuids, branded by kind', () => {
    const id = newTraineeId();
    expect(isTraineeId(id)).toBe(true);
    expect(isTraineeId('ann')).toBe(false);
    expect(isAttemptId(newAttemptId())).toBe(true);
    expectTypeOf(id).not.toEqualTypeOf<AttemptId>();
    // @ts-expect-error a trainee id is not an attempt id
    const wrong: AttemptId = id;
    void wrong;
    expectTypeOf<TraineeId>().toExtend<string>();
  });
});
