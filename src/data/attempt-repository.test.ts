import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { replyReader } from '../engine/scoring/reply-reader.ts';
import { replaySession } from '../engine/session/index.ts';
import {
  abandonAttempt,
  finishAttempt,
  getAttempt,
  getBestScores,
  getUnfinishedAttempt,
  listAttempts,
  saveProgress,
  startAttempt,
  type StartAttemptInput,
} from './attempt-repository.ts';
import type { ParleyDb } from './db.ts';
import type { Attempt } from './entities.ts';
import type { AttemptId, TraineeId } from './ids.ts';
import { freshDb } from './test-support/fresh-db.ts';
import { MINI_ID, playMiniToEnd, startMini } from './test-support/play-mini.ts';
import { createTrainee, getTrainee } from './trainee-repository.ts';

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

async function read(id: AttemptId): Promise<Attempt | null> {
  const result = await getAttempt(id, { db });
  if (!result.ok) throw new Error(result.issue.message);
  return result.row;
}

describe('attempt repository', () => {
  it('starts an attempt in progress with the opening line and marks the trainee active', async () => {
    const { session } = startMini();
    const result = await startAttempt(input({ progress: session }), { db, now: 100 });
    expect(result).toMatchObject({ ok: true, saved: true });
    if (!result.ok) return;
    expect(await read(result.value.id)).toEqual({
      id: result.value.id,
      traineeId,
      scenarioId: MINI_ID,
      scenarioVersion: 1,
      locale: 'en',
      mode: 'practice',
      seed: 'seed-1',
      status: 'in_progress',
      startedAt: 100,
      updatedAt: 100,
      log: [],
      transcript: [
        expect.objectContaining({ kind: 'customer', beat: 'opening', source: 'enter' }) as unknown,
      ],
      moodTrace: [{ at: 0, mood: 7 }],
    });
    expect(await getTrainee(traineeId, { db })).toMatchObject({ ok: true, row: { lastActiveAt: 100 } });
  });

  it('saves progress after each reply so the conversation can be replayed exactly after a reload', async () => {
    const played = startMini();
    const attempt = await start(100, { progress: played.session });
    played.advance(12);
    played.session.reply("I'm so sorry you're locked out. What error do you see?");
    expect(await saveProgress(attempt.id, played.session, { db, now: 112 })).toEqual({
      ok: true,
      value: undefined,
      saved: true,
    });

    const stored = await read(attempt.id);
    expect(stored).toMatchObject({ updatedAt: 112, status: 'in_progress' });
    if (!stored) return;
    expect(stored.transcript).toEqual(played.session.transcript);
    const replayed = replaySession(played.compiled, { locale: stored.locale, seed: stored.seed, reader: replyReader }, stored.log);
    expect(replayed.transcript).toEqual(stored.transcript);
    expect(replayed.state()).toEqual(played.session.state());
  });

  it('says when progress is saved for an attempt that does not exist', async () => {
    const { session } = startMini();
    const missing = crypto.randomUUID() as AttemptId;
    expect(await saveProgress(missing, session, { db })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { id: missing } },
    });
  });

  it('finishes with the scorecard, copying overall and outcome for lists', async () => {
    const played = playMiniToEnd();
    const attempt = await start(100);
    expect(await finishAttempt(attempt.id, played.scorecard, played.session, { db, now: 200 })).toEqual({
      ok: true,
      value: undefined,
      saved: true,
    });
    const stored = await read(attempt.id);
    expect(stored).toMatchObject({
      status: 'finished',
      finishedAt: 200,
      updatedAt: 200,
      overall: played.scorecard.overall,
      outcome: 'resolved',
      scorecard: played.scorecard,
    });
    expect(stored?.transcript.at(-1)).toMatchObject({ kind: 'end', outcome: 'resolved' });
    expect(await finishAttempt(attempt.id, played.scorecard, played.session, { db, now: 300 })).toMatchObject(
      {
        ok: false,
        error: { code: 'already_finished' },
      },
    );
  });

  it('lists a trainee’s attempts newest first, and no one else’s', async () => {
    const first = await start(100);
    const second = await start(200, { scenarioId: 'other' });
    const other = await createTrainee('Bo', { db, now: 1 });
    if (!other.ok) return;
    await start(300, { traineeId: other.value.id });
    const { rows, issues } = await listAttempts(traineeId, { db });
    expect(rows.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(issues).toEqual([]);
  });

  it('offers the unfinished attempt for resuming, and abandons an older one when a new one starts', async () => {
    expect(await getUnfinishedAttempt(traineeId, MINI_ID, { db })).toEqual({ ok: true, row: null });
    const first = await start(100);
    expect(await getUnfinishedAttempt(traineeId, MINI_ID, { db })).toMatchObject({
      ok: true,
      row: { id: first.id },
    });

    const second = await start(200);
    expect(await read(first.id)).toMatchObject({ status: 'abandoned', updatedAt: 200 });
    expect(await getUnfinishedAttempt(traineeId, MINI_ID, { db })).toMatchObject({
      ok: true,
      row: { id: second.id },
    });

    expect(await abandonAttempt(second.id, { db, now: 300 })).toEqual({
      ok: true,
      value: undefined,
      saved: true,
    });
    expect(await getUnfinishedAttempt(traineeId, MINI_ID, { db })).toEqual({ ok: true, row: null });
    expect(await abandonAttempt(second.id, { db, now: 400 })).toMatchObject({
      ok: false,
      error: { code: 'not_in_progress' },
    });
  });

  it('gives the best finished score per scenario, the first time it was reached', async () => {
    const played = playMiniToEnd();
    const card = (overall: number) => ({ ...played.scorecard, overall });
    const a = await start(100);
    await finishAttempt(a.id, card(60), played.session, { db, now: 110 });
    const b = await start(200);
    await finishAttempt(b.id, card(80), played.session, { db, now: 210 });
    const c = await start(300);
    await finishAttempt(c.id, card(80), played.session, { db, now: 310 });
    // unfinished and abandoned attempts do not count
    await start(400);
    const d = await start(500, { scenarioId: 'other' });
    await finishAttempt(d.id, card(40), played.session, { db, now: 510 });

    expect(await getBestScores(traineeId, { db })).toEqual({
      rows: [
        { scenarioId: MINI_ID, overall: 80, attemptId: b.id, finishedAt: 210, finished: 3 },
        { scenarioId: 'other', overall: 40, attemptId: d.id, finishedAt: 510, finished: 1 },
      ],
      issues: [],
    });
  });

  it('reports a corrupted attempt as an issue instead of failing the whole list', async () => {
    const good = await start(100);
    const bad = await start(200);
    await db.attempts.update(bad.id, {
      transcript: [{ kind: 'agent', at: 'soon' }] as unknown as Attempt['transcript'],
    });
    const { rows, issues } = await listAttempts(traineeId, { db });
    expect(rows.map((r) => r.id)).toEqual([good.id]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid_row',
        path: ['transcript', 0, 'at'],
        params: { table: 'attempts', key: bad.id },
      }),
    ]);
    expect(await getAttempt(bad.id, { db })).toMatchObject({ ok: false, issue: { code: 'invalid_row' } });
  });
});
