import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abandonAttempt, finishAttempt, startAttempt } from './attempt-repository.ts';
import { db } from './db.ts';
import type { Attempt, Trainee } from './entities.ts';
import {
  useAttempt,
  useAttempts,
  useAttemptSummaries,
  useBestScores,
  useCurrentTrainee,
  useImportedScenarios,
  useSetting,
  useTrainees,
  useUnfinishedAttempt,
} from './hooks.ts';
import { saveImportedScenario } from './scenario-repository.ts';
import { setSetting } from './settings-repository.ts';
import { useStorageStatus } from './storage-status.ts';
import { MINI_ID, MINI_TEXT, playMiniToEnd } from './test-support/play-mini.ts';
import { createTrainee, renameTrainee } from './trainee-repository.ts';

// the hooks read the app's database, so each test starts from empty tables
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await useStorageStatus.getState().retry();
});

async function trainee(name: string, now = 1): Promise<Trainee> {
  const result = await createTrainee(name, { now });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function attempt(traineeId: Trainee['id'], now: number): Promise<Attempt> {
  const result = await startAttempt(
    { traineeId, scenarioId: MINI_ID, scenarioVersion: 1, locale: 'en', mode: 'practice', seed: 's' },
    { now },
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('data hooks', () => {
  it('useTrainees is undefined while loading, then follows every change', async () => {
    const { result } = renderHook(() => useTrainees());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toEqual({ rows: [], issues: [] }));

    const ann = await trainee('Ann');
    await waitFor(() => expect(result.current?.rows.map((t) => t.name)).toEqual(['Ann']));
    await renameTrainee(ann.id, 'Annie');
    await waitFor(() => expect(result.current?.rows.map((t) => t.name)).toEqual(['Annie']));
  });

  it('useCurrentTrainee follows the setting and the trainee row', async () => {
    const { result } = renderHook(() => useCurrentTrainee());
    await waitFor(() => expect(result.current).toEqual({ ok: true, row: null }));
    const ann = await trainee('Ann');
    await setSetting('currentTraineeId', ann.id);
    await waitFor(() => expect(result.current).toEqual({ ok: true, row: ann }));
  });

  it('useSetting gives the default, then the stored value', async () => {
    const { result } = renderHook(() => useSetting('language'));
    await waitFor(() => expect(result.current).toBeNull());
    await setSetting('language', 'zh-CN');
    await waitFor(() => expect(result.current).toBe('zh-CN'));
  });

  it('useAttempts, useAttempt, useUnfinishedAttempt and useBestScores follow a trainee’s play', async () => {
    const ann = await trainee('Ann');
    const first = await attempt(ann.id, 10);
    const { result } = renderHook(() => ({
      attempts: useAttempts(ann.id),
      one: useAttempt(first.id),
      unfinished: useUnfinishedAttempt(ann.id, MINI_ID),
      best: useBestScores(ann.id),
    }));
    await waitFor(() => expect(result.current.unfinished).toMatchObject({ ok: true, row: { id: first.id } }));
    expect(result.current.attempts?.rows.map((a) => a.id)).toEqual([first.id]);
    expect(result.current.one).toMatchObject({ ok: true, row: { status: 'in_progress' } });
    expect(result.current.best).toEqual({ rows: [], issues: [] });

    const played = playMiniToEnd();
    await finishAttempt(first.id, played.scorecard, played.session, { now: 20 });
    await waitFor(() =>
      expect(result.current.best?.rows).toEqual([
        {
          scenarioId: MINI_ID,
          overall: played.scorecard.overall,
          attemptId: first.id,
          finishedAt: 20,
          finished: 1,
        },
      ]),
    );
    expect(result.current.unfinished).toEqual({ ok: true, row: null });
    expect(result.current.one).toMatchObject({
      ok: true,
      row: { status: 'finished', overall: played.scorecard.overall },
    });

    const second = await attempt(ann.id, 30);
    await waitFor(() =>
      expect(result.current.attempts?.rows.map((a) => a.id)).toEqual([second.id, first.id]),
    );
    await abandonAttempt(second.id, { now: 40 });
    await waitFor(() => expect(result.current.attempts?.rows[0]?.status).toBe('abandoned'));
  });

  it('useAttemptSummaries follows a trainee’s play, newest first, and is empty without a trainee', async () => {
    const ann = await trainee('Ann');
    const first = await attempt(ann.id, 10);
    const { result } = renderHook(() => ({
      mine: useAttemptSummaries(ann.id),
      none: useAttemptSummaries(null),
    }));
    await waitFor(() => expect(result.current.mine?.rows.map((a) => a.id)).toEqual([first.id]));
    expect(result.current.none).toEqual({ rows: [], issues: [] });
    expect(result.current.mine?.rows[0]).not.toHaveProperty('transcript');

    const played = playMiniToEnd();
    await finishAttempt(first.id, played.scorecard, played.session, { now: 20 });
    await waitFor(() =>
      expect(result.current.mine?.rows[0]).toMatchObject({
        status: 'finished',
        overall: played.scorecard.overall,
      }),
    );
    const second = await attempt(ann.id, 30);
    await waitFor(() => expect(result.current.mine?.rows.map((a) => a.id)).toEqual([second.id, first.id]));
  });

  it('gives empty results without a trainee, so a page can render before one is picked', async () => {
    const { result } = renderHook(() => ({
      attempts: useAttempts(null),
      unfinished: useUnfinishedAttempt(undefined, MINI_ID),
    }));
    await waitFor(() =>
      expect(result.current).toEqual({
        attempts: { rows: [], issues: [] },
        unfinished: { ok: true, row: null },
      }),
    );
  });

  it('useImportedScenarios lists what a trainer imported', async () => {
    const { result } = renderHook(() => useImportedScenarios());
    await waitFor(() => expect(result.current).toEqual({ rows: [], issues: [] }));
    await saveImportedScenario(MINI_TEXT, { now: 5 });
    await waitFor(() => expect(result.current?.rows.map((s) => s.id)).toEqual([MINI_ID]));
  });

  it('shows a storage failure as an issue rather than crashing, and reads again after retry', async () => {
    await trainee('Ann');
    const orderBy = vi.spyOn(db.trainees, 'orderBy').mockImplementation(() => {
      throw new Dexie.OpenFailedError('blocked by the browser');
    });
    const { result } = renderHook(() => useTrainees());
    await waitFor(() =>
      expect(result.current).toMatchObject({
        rows: [],
        issues: [{ code: 'read_failed', params: { storage: 'unavailable' } }],
      }),
    );
    expect(useStorageStatus.getState().problem).toBe('unavailable');

    orderBy.mockRestore();
    await act(() => useStorageStatus.getState().retry());
    await waitFor(() => expect(result.current).toMatchObject({ rows: [{ name: 'Ann' }], issues: [] }));
  });
});
