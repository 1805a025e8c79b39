import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveProgress, startAttempt } from './attempt-repository.ts';
import type { ParleyDb } from './db.ts';
import { getDraft, saveDraft } from './draft-repository.ts';
import type { Attempt } from './entities.ts';
import { useStorageStatus } from './storage-status.ts';
import { freshDb } from './test-support/fresh-db.ts';
import { MINI_ID, startMini } from './test-support/play-mini.ts';
import { createTrainee, listTrainees } from './trainee-repository.ts';

let db: ParleyDb;
let attempt: Attempt;

function status() {
  const { problem, pending, epoch } = useStorageStatus.getState();
  return { problem, pending, epoch };
}

function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

beforeEach(async () => {
  db = freshDb();
  const ann = await createTrainee('Ann', { db, now: 1 });
  if (!ann.ok) throw new Error(ann.error.code);
  const started = await startAttempt(
    {
      traineeId: ann.value.id,
      scenarioId: MINI_ID,
      scenarioVersion: 1,
      locale: 'en',
      mode: 'exam',
      seed: 's',
    },
    { db, now: 2 },
  );
  if (!started.ok) throw new Error(started.error.code);
  attempt = started.value;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await useStorageStatus.getState().retry();
});

describe('storage failures', () => {
  it('keeps writes that hit a full disk in memory, in order, says so, and writes them all on retry', async () => {
    const update = vi.spyOn(db.attempts, 'update').mockRejectedValue(quotaExceeded());
    const played = startMini();
    const before = status();

    played.advance(5);
    played.session.reply("I'm so sorry. What do you see?");
    const first = await saveProgress(attempt.id, played.session, { db, now: 10 });
    played.advance(5);
    played.session.reply('Let me check.');
    const second = await saveProgress(attempt.id, played.session, { db, now: 20 });
    const draft = await saveDraft(attempt.traineeId, MINI_ID, 'typing…', { db, now: 21 });

    // the app carries on; nothing reached IndexedDB, and the store says why and how much waits
    expect([first, second, draft].map((r) => r.ok && r.saved)).toEqual([false, false, false]);
    expect(status()).toEqual({ problem: 'quota_exceeded', pending: 2, epoch: before.epoch });
    expect((await db.attempts.get(attempt.id))?.transcript).toEqual([]);
    expect(await getDraft(attempt.traineeId, MINI_ID, { db })).toEqual({ ok: true, row: null });

    // the user frees space and presses retry
    update.mockRestore();
    await useStorageStatus.getState().retry();
    expect(status()).toEqual({ problem: null, pending: 0, epoch: before.epoch + 1 });
    const stored = await db.attempts.get(attempt.id);
    expect(stored?.updatedAt).toBe(20);
    expect(stored?.transcript).toEqual(played.session.transcript);
    expect(await getDraft(attempt.traineeId, MINI_ID, { db })).toMatchObject({
      ok: true,
      row: { text: 'typing…' },
    });
  });

  it('writes what was kept before the next write, once storage works again', async () => {
    const put = vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(quotaExceeded());
    const kept = await saveDraft(attempt.traineeId, MINI_ID, 'first', { db, now: 1 });
    expect(kept).toMatchObject({ ok: true, saved: false });
    expect(status()).toMatchObject({ problem: 'quota_exceeded', pending: 1 });

    const next = await saveDraft(attempt.traineeId, 'other', 'second', { db, now: 2 });
    expect(next).toMatchObject({ ok: true, saved: true });
    expect(put).toHaveBeenCalledTimes(3);
    expect(status()).toMatchObject({ problem: null, pending: 0 });
    expect(await db.drafts.count()).toBe(2);
  });

  it('reports storage that cannot be opened as unavailable', async () => {
    vi.spyOn(db.drafts, 'put').mockRejectedValue(
      new Dexie.OpenFailedError(
        'IndexedDB is not available in private mode',
        new DOMException('', 'InvalidStateError'),
      ),
    );
    await saveDraft(attempt.traineeId, MINI_ID, 'x', { db });
    expect(status()).toMatchObject({ problem: 'unavailable', pending: 1 });
  });

  it('turns a failed read into an issue and the same storage problem, cleared by retry', async () => {
    vi.spyOn(db.trainees, 'orderBy').mockImplementation(() => {
      throw new Dexie.MissingAPIError('IndexedDB API missing');
    });
    const result = await listTrainees({ db });
    expect(result).toEqual({
      rows: [],
      issues: [
        {
          code: 'read_failed',
          severity: 'error',
          path: [],
          message: 'IndexedDB API missing',
          params: { storage: 'unavailable', name: 'MissingAPIError' },
        },
      ],
    });
    expect(status().problem).toBe('unavailable');
    vi.restoreAllMocks();
    const { epoch } = status();
    await useStorageStatus.getState().retry();
    expect(status()).toEqual({ problem: null, pending: 0, epoch: epoch + 1 });
    expect((await listTrainees({ db })).rows).toHaveLength(1);
  });

  it('returns a write that can never succeed to the caller instead of keeping it', async () => {
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('Failed to clone', 'DataCloneError'));
    const result = await saveDraft(attempt.traineeId, MINI_ID, 'x', { db });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown', name: 'DataCloneError', message: 'Failed to clone', retryable: false },
    });
    expect(status()).toMatchObject({ problem: null, pending: 0 });
  });
});
