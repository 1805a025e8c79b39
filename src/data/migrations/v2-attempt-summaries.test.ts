import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listAttemptSummaries } from '../attempt-repository.ts';
import { summarizeAttempt } from '../attempt-summary.ts';
import { createDatabase } from '../db.ts';
import type { Attempt, Trainee } from '../entities.ts';
import { newAttemptId, newTraineeId, type TraineeId } from '../ids.ts';
import { playMiniToEnd } from '../test-support/play-mini.ts';
import { attemptSummaryV2 } from './v2-attempt-summaries.ts';

/** the schema version 1 shipped with, frozen here: the database a trainee's browser holds before upgrading */
const V1_STORES = {
  trainees: 'id, lastActiveAt',
  attempts: 'id, traineeId, [traineeId+scenarioId], [traineeId+status], startedAt',
  drafts: 'id, traineeId',
  settings: 'key',
  scenarios: 'id, importedAt',
};

function attempt(traineeId: TraineeId, startedAt: number, finished: boolean): Attempt {
  const played = playMiniToEnd();
  return {
    id: newAttemptId(),
    traineeId,
    scenarioId: 'mini-login',
    scenarioVersion: 1,
    locale: 'en',
    mode: 'practice',
    seed: 'seed-1',
    status: finished ? 'finished' : 'in_progress',
    startedAt,
    updatedAt: startedAt + 60_000,
    log: [...played.session.log],
    transcript: [...played.session.transcript],
    moodTrace: [...played.session.moodTrace],
    ...(finished && {
      finishedAt: startedAt + 60_000,
      scorecard: played.scorecard,
      overall: played.scorecard.overall,
      outcome: played.scorecard.outcome,
    }),
  };
}

describe('version 2: attempt summaries', () => {
  it('gives every attempt of a version 1 database its summary and leaves the attempts as they were', async () => {
    const name = `parley-test-${crypto.randomUUID()}`;
    const trainee: Trainee = { id: newTraineeId(), name: 'Ann', createdAt: 1, lastActiveAt: 2 };
    const finished = attempt(trainee.id, 1_000, true);
    const open = { ...attempt(trainee.id, 2_000, false), legacyNote: 'a field this build does not know' };
    // broken by an older build: the summary copies the bad mode, so reading it reports the row
    const badMode = { ...attempt(trainee.id, 3_000, true), mode: 'sideways' };
    // broken deep inside: still listed, with what can be read of it
    const badTranscript = {
      ...attempt(trainee.id, 4_000, true),
      transcript: [{ kind: 'agent', at: 'soon' }],
    };

    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('trainees').add(trainee);
    await v1.table('attempts').bulkAdd([finished, open, badMode, badTranscript]);
    const before = await v1.table('attempts').toArray();
    v1.close();

    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.attempts.toArray()).toEqual(before);

    const summaries = await listAttemptSummaries(trainee.id, { db });
    expect(summaries.rows.map((s) => s.id)).toEqual([badTranscript.id, open.id, finished.id]);
    const [broken, inProgress, done] = summaries.rows;
    expect(done).toEqual(summarizeAttempt(finished));
    expect(done).toEqual({
      id: finished.id,
      traineeId: trainee.id,
      scenarioId: 'mini-login',
      scenarioVersion: 1,
      locale: 'en',
      mode: 'practice',
      status: 'finished',
      startedAt: 1_000,
      updatedAt: 61_000,
      finishedAt: 61_000,
      outcome: finished.scorecard?.outcome,
      overall: finished.scorecard?.overall,
      scores: Object.fromEntries(
        Object.entries(finished.scorecard?.dimensions ?? {})
          .filter(([, d]) => d.weight > 0)
          .map(([k, d]) => [k, d.score]),
      ),
      forbidden: {},
      duration: finished.transcript[finished.transcript.length - 1]?.at,
    });
    expect(inProgress).toMatchObject({ id: open.id, status: 'in_progress', forbidden: {} });
    expect(inProgress).not.toHaveProperty('overall');
    expect(inProgress).not.toHaveProperty('scores');
    expect(inProgress).not.toHaveProperty('legacyNote');
    expect(broken).toMatchObject({ id: badTranscript.id, status: 'finished', forbidden: {}, duration: 0 });
    expect(summaries.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_row',
        path: ['mode'],
        params: { table: 'attemptSummaries', key: badMode.id },
      }),
    ]);
    db.close();
  });

  it('never throws on a row it cannot read, so the upgrade cannot lock the app', () => {
    expect(attemptSummaryV2(null)).toEqual({ forbidden: {}, duration: 0 });
    expect(attemptSummaryV2({ id: 'x', status: 'finished', transcript: 7 })).toEqual({
      id: 'x',
      status: 'finished',
      forbidden: {},
      duration: 0,
    });
  });
});
