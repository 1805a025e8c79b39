import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import { issuePath } from './data-issue.ts';
import type { Attempt } from './entities.ts';
import {
  isAttemptId,
  isTraineeId,
  newAttemptId,
  newTraineeId,
  type AttemptId,
  type TraineeId,
} from './ids.ts';
import { summarizeAttempt } from './attempt-summary.ts';
import {
  attemptSchema,
  attemptSummarySchema,
  parseRow,
  scorecardSchema,
  transcriptEntrySchema,
} from './schemas.ts';
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
    expect(v.parse(attemptSchema, structuredClone(attempt))).toEqual(attempt);
  });

  it('name the place of a bad field deep inside a transcript', () => {
    const attempt = finishedAttempt();
    const agent = attempt.transcript.findIndex((e) => e.kind === 'agent');
    const broken = structuredClone(attempt) as unknown as {
      transcript: { analysis: { empathy: { fired: unknown } } }[];
    };
    (broken.transcript[agent] as { analysis: { empathy: { fired: unknown } } }).analysis.empathy.fired =
      'yes';
    const result = parseRow(attemptSchema, broken);
    expect(result.success).toBe(false);
    expect(result.issues?.map(issuePath)).toEqual([['transcript', agent, 'analysis', 'empathy', 'fired']]);
  });

  it('accept a deduction code a newer engine may add, and refuse an unknown transcript kind', () => {
    const card = finishedAttempt().scorecard;
    const withNewCode = structuredClone(card) as unknown as {
      dimensions: { empathy: { deductions: { code: string; points: number }[] } };
    };
    withNewCode.dimensions.empathy.deductions.push({ code: 'some_new_code', points: 3 });
    expect(parseRow(scorecardSchema, withNewCode).success).toBe(true);
    expect(parseRow(transcriptEntrySchema, { kind: 'telepathy', at: 0 }).success).toBe(false);
  });

  // the rows zod refused before the move to valibot, whose own defaults would take them
  it('refuse infinite numbers, arrays as objects, non-plain records and unknown dimensions', () => {
    const attempt = finishedAttempt();
    const failures = (patch: (a: Record<string, unknown>) => void) => {
      const row = structuredClone(attempt) as unknown as Record<string, unknown>;
      patch(row);
      const result = parseRow(attemptSchema, row);
      return result.success ? [] : result.issues.map((i) => `${issuePath(i).join('.')}: ${i.message}`);
    };
    expect(failures((a) => (a.updatedAt = Infinity))).toEqual([
      'updatedAt: Invalid type: Expected a finite number but received Infinity',
    ]);
    expect(failures((a) => (a.scenarioVersion = 2 ** 53))).toEqual([
      'scenarioVersion: Invalid type: Expected a safe integer but received 9007199254740992',
    ]);
    expect(
      failures((a) => ((a.scorecard as { checkpoints: { title: unknown }[] }).checkpoints[0]!.title = [])),
    ).toEqual(['scorecard.checkpoints.0.title: Invalid type: Expected Object but received Array']);
    expect(
      failures((a) => ((a.scorecard as { dimensions: Record<string, unknown> }).dimensions.charm = {})),
    ).toEqual(['scorecard.dimensions.charm: Unrecognized key: "charm"']);
    expect(failures((a) => (a.id = 'c232ab00-9414-01ec-b3c8-9f6bdeced846'))).toEqual(['id: Invalid UUID']);
    const summary = { ...summarizeAttempt(attempt), forbidden: new Date(0) };
    expect(parseRow(attemptSummarySchema, summary).issues?.map((i) => i.message)).toEqual([
      'Invalid type: Expected a plain object but received Date',
    ]);
  });

  it('strip keys they do not know from objects, as zod did', () => {
    const attempt = finishedAttempt();
    const parsed = parseRow(attemptSchema, { ...structuredClone(attempt), legacy: 1 });
    expect(parsed.success && parsed.output).toEqual(attempt);
  });

  it('type their output as the stored entities', () => {
    expectTypeOf<v.InferOutput<typeof attemptSchema>>().toEqualTypeOf<Attempt>();
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
