import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  abandonAttempt,
  finishAttempt,
  getAttempt,
  listAttemptSummaries,
  saveProgress,
  startAttempt,
  type StartAttemptInput,
} from './attempt-repository.ts';
import { summarizeAttempt } from './attempt-summary.ts';
import { exportTraineeBundle, importTraineeBundle } from './bundle.ts';
import type { ParleyDb } from './db.ts';
import type { Attempt } from './entities.ts';
import type { AttemptId, TraineeId } from './ids.ts';
import { freshDb } from './test-support/fresh-db.ts';
import { MINI_ID, playMiniToEnd, startMini } from './test-support/play-mini.ts';
import { createTrainee, deleteTrainee } from './trainee-repository.ts';

let db: ParleyDb;
let traineeId: TraineeId;

beforeEach(async () => {
  db = freshDb();
  const t = await createTrainee('Ann', { db, now: 1 });
  if (!t.ok) throw new Error(t.error.code);
  traineeId = t.value.id;
});

function input(overrides: Partial<StartAttemptInput> = {}): StartAttemptInput {
  return {
    traineeId,
    scenarioId: MINI_ID,
    scenarioVersion: 1,
    locale: 'en',
    mode: 'practice',
    seed: 'seed-1',
    ...overrides,
  };
}

async function start(now: number, overrides: Partial<StartAttemptInput> = {}): Promise<Attempt> {
  const result = await startAttempt(input(overrides), { db, now });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** the summary must always be what `summarizeAttempt` makes of the stored attempt */
async function expectInStep(id: AttemptId): Promise<void> {
  const whole = await getAttempt(id, { db });
  if (!whole.ok || !whole.row) throw new Error(`attempt ${id} cannot be read`);
  expect(await db.attemptSummaries.get(id)).toEqual(summarizeAttempt(whole.row));
}

describe('attempt summaries', () => {
  it('follow every write of an attempt, in the same transaction', async () => {
    const played = startMini();
    const first = await start(100, { progress: played.session });
    await expectInStep(first.id);

    played.advance(5);
    played.session.reply('Calm down, rules are rules.');
    await saveProgress(first.id, played.session, { db, now: 110 });
    await expectInStep(first.id);
    expect(await db.attemptSummaries.get(first.id)).toMatchObject({
      updatedAt: 110,
      duration: played.session.transcript[played.session.transcript.length - 1]?.at,
    });

    // a new attempt at the same scenario abandons the unfinished one
    const second = await start(200);
    await expectInStep(first.id);
    expect(await db.attemptSummaries.get(first.id)).toMatchObject({ status: 'abandoned', updatedAt: 200 });

    const done = playMiniToEnd();
    await finishAttempt(second.id, done.scorecard, done.session, { db, now: 300 });
    await expectInStep(second.id);
    expect(await db.attemptSummaries.get(second.id)).toMatchObject({
      status: 'finished',
      finishedAt: 300,
      overall: done.scorecard.overall,
      outcome: done.scorecard.outcome,
    });

    const third = await start(400, { scenarioId: 'other' });
    await abandonAttempt(third.id, { db, now: 410 });
    await expectInStep(third.id);
  });

  it('are listed newest first, and a bad one is reported rather than shown', async () => {
    const a = await start(100);
    const b = await start(200, { scenarioId: 'other' });
    const c = await start(300, { scenarioId: 'third' });
    await db.attemptSummaries.update(b.id, { duration: -5 });
    const { rows, issues } = await listAttemptSummaries(traineeId, { db });
    expect(rows.map((r) => r.id)).toEqual([c.id, a.id]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid_row',
        path: ['duration'],
        params: { table: 'attemptSummaries', key: b.id },
      }),
    ]);
  });

  it('come with imported attempts and go with a deleted trainee', async () => {
    const done = playMiniToEnd();
    const a = await start(100);
    await finishAttempt(a.id, done.scorecard, done.session, { db, now: 200 });
    const exported = await exportTraineeBundle(traineeId, { db, now: 300 });
    if (!exported.ok) throw new Error('export failed');

    const laptop = freshDb();
    await importTraineeBundle(exported.value.json, { db: laptop });
    expect(await laptop.attemptSummaries.toArray()).toEqual([
      summarizeAttempt(exported.value.bundle.attempts[0]!),
    ]);

    await deleteTrainee(traineeId, { db });
    expect(await db.attemptSummaries.count()).toBe(0);
  });
});
