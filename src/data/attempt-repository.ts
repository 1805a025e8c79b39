import { summarizeConversation } from '../engine/progress/progress.ts';
import type { Locale } from '../engine/scenario/index.ts';
import type { Scorecard } from '../engine/scoring/index.ts';
import type { SessionInputRecord, TranscriptEntry } from '../engine/session/index.ts';
import type { RowResult, RowsResult } from './data-issue.ts';
import { db as appDb } from './db.ts';
import { summarizeAttempt } from './attempt-summary.ts';
import type { Attempt, AttemptMode, AttemptProgress, AttemptSummaryRow, MoodPoint } from './entities.ts';
import { newAttemptId, type AttemptId, type TraineeId } from './ids.ts';
import { checkRow, checkRows, keyOf, readRow, readRows } from './read-rows.ts';
import { attemptSchema, attemptSummarySchema } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import {
  dataError,
  toSaved,
  type DataError,
  type ReadContext,
  type Saved,
  type WriteContext,
} from './write-result.ts';

/** the session's arrays as it exposes them (read-only views it keeps appending to) */
export interface SessionProgress {
  log: readonly SessionInputRecord[];
  transcript: readonly TranscriptEntry[];
  moodTrace: readonly MoodPoint[];
}

export interface StartAttemptInput {
  traineeId: TraineeId;
  scenarioId: string;
  scenarioVersion: number;
  locale: Locale;
  mode: AttemptMode;
  seed: string;
  /** what the session holds already (the customer's opening line); empty when absent */
  progress?: SessionProgress;
}

export interface BestScore {
  scenarioId: string;
  /** the best overall score among finished attempts */
  overall: number;
  attemptId: AttemptId;
  finishedAt: number;
  /** finished attempts at this scenario */
  finished: number;
}

type NotFound = DataError<'not_found'>;
type NotInProgress = DataError<'not_in_progress'>;
type AlreadyFinished = DataError<'already_finished'>;

// copies taken now: the session keeps appending to its arrays, and a kept write must save what was there
function snapshot(progress: SessionProgress): AttemptProgress {
  return { log: [...progress.log], transcript: [...progress.transcript], moodTrace: [...progress.moodTrace] };
}

function notFound(id: AttemptId): NotFound {
  return dataError('not_found', `no attempt ${id}`, { id });
}

/**
 * Starts an attempt. A trainee has at most one unfinished attempt per scenario: an older one is marked abandoned
 * in the same transaction (the app offers to resume it before calling this).
 */
export async function startAttempt(
  input: StartAttemptInput,
  context: WriteContext = {},
): Promise<Saved<Attempt>> {
  const { db = appDb, now = Date.now() } = context;
  const attempt: Attempt = {
    id: newAttemptId(),
    traineeId: input.traineeId,
    scenarioId: input.scenarioId,
    scenarioVersion: input.scenarioVersion,
    locale: input.locale,
    mode: input.mode,
    seed: input.seed,
    status: 'in_progress',
    startedAt: now,
    updatedAt: now,
    ...(input.progress ? snapshot(input.progress) : { log: [], transcript: [], moodTrace: [] }),
  };
  const outcome = await runWrite(() =>
    db.transaction('rw', [db.attempts, db.attemptSummaries, db.trainees], async () => {
      const stale = await db.attempts
        .where('[traineeId+scenarioId]')
        .equals([input.traineeId, input.scenarioId])
        .filter((a) => a.status === 'in_progress')
        .primaryKeys();
      const changes = { status: 'abandoned' as const, updatedAt: now };
      await db.attempts.bulkUpdate(stale.map((key) => ({ key, changes })));
      await db.attemptSummaries.bulkUpdate(stale.map((key) => ({ key, changes })));
      await db.attempts.add(attempt);
      await db.attemptSummaries.add(summarizeAttempt(attempt));
      await db.trainees.update(input.traineeId, { lastActiveAt: now });
    }),
  );
  return toSaved(outcome, attempt);
}

/**
 * Saves what the session has so far; call it after every reply, action or tick. One row update, and while storage
 * is failing only the newest progress of an attempt is kept in memory.
 */
export async function saveProgress(
  id: AttemptId,
  progress: SessionProgress,
  context: WriteContext = {},
): Promise<Saved<void, NotFound>> {
  const { db = appDb, now = Date.now() } = context;
  const changes = { ...snapshot(progress), updatedAt: now };
  const { forbidden, duration } = summarizeConversation(changes.transcript);
  const outcome = await runWrite(
    () =>
      db.transaction('rw', [db.attempts, db.attemptSummaries], async () => {
        const updated = await db.attempts.update(id, changes);
        if (updated > 0) await db.attemptSummaries.update(id, { updatedAt: now, forbidden, duration });
        return updated;
      }),
    { key: `progress:${id}` },
  );
  if (outcome.status === 'saved' && outcome.value === 0) return { ok: false, error: notFound(id) };
  return toSaved(outcome, undefined);
}

/** stores the scorecard and the final transcript; the attempt then counts for best scores */
export async function finishAttempt(
  id: AttemptId,
  scorecard: Scorecard,
  progress: SessionProgress,
  context: WriteContext = {},
): Promise<Saved<void, NotFound | AlreadyFinished>> {
  const { db = appDb, now = Date.now() } = context;
  const changes = {
    ...snapshot(progress),
    status: 'finished' as const,
    finishedAt: now,
    updatedAt: now,
    scorecard,
    overall: scorecard.overall,
    outcome: scorecard.outcome,
  };
  const outcome = await runWrite(() =>
    db.transaction('rw', [db.attempts, db.attemptSummaries, db.trainees], async () => {
      const row = await db.attempts.get(id);
      if (!row) return 'not_found' as const;
      // an abandoned attempt may still be finished: another tab abandoned it while this one played on
      if (row.status === 'finished') return 'already_finished' as const;
      await db.attempts.update(id, changes);
      await db.attemptSummaries.put(summarizeAttempt({ ...row, ...changes }));
      await db.trainees.update(row.traineeId, { lastActiveAt: now });
      return 'finished' as const;
    }),
  );
  if (outcome.status === 'saved' && outcome.value === 'not_found') return { ok: false, error: notFound(id) };
  if (outcome.status === 'saved' && outcome.value === 'already_finished') {
    return { ok: false, error: dataError('already_finished', `attempt ${id} is already finished`, { id }) };
  }
  return toSaved(outcome, undefined);
}

/** gives up an unfinished attempt; it stays in the history but is no longer offered for resuming */
export async function abandonAttempt(
  id: AttemptId,
  context: WriteContext = {},
): Promise<Saved<void, NotFound | NotInProgress>> {
  const { db = appDb, now = Date.now() } = context;
  const outcome = await runWrite(() =>
    db.transaction('rw', [db.attempts, db.attemptSummaries], async () => {
      const row = await db.attempts.get(id);
      if (!row) return 'not_found' as const;
      if (row.status !== 'in_progress') return 'not_in_progress' as const;
      const changes = { status: 'abandoned' as const, updatedAt: now };
      await db.attempts.update(id, changes);
      await db.attemptSummaries.update(id, changes);
      return 'abandoned' as const;
    }),
  );
  if (outcome.status === 'saved' && outcome.value === 'not_found') return { ok: false, error: notFound(id) };
  if (outcome.status === 'saved' && outcome.value === 'not_in_progress') {
    return { ok: false, error: dataError('not_in_progress', `attempt ${id} is not in progress`, { id }) };
  }
  return toSaved(outcome, undefined);
}

export function getAttempt(id: AttemptId, context: ReadContext = {}): Promise<RowResult<Attempt>> {
  const { db = appDb } = context;
  return readRow(async () => checkRow(attemptSchema, 'attempts', await db.attempts.get(id), id));
}

function newestFirst(a: Attempt | AttemptSummaryRow, b: Attempt | AttemptSummaryRow): number {
  return b.startedAt - a.startedAt || b.updatedAt - a.updatedAt;
}

/** a trainee's attempts, whole (transcripts, scorecards), the newest first: for export and tools, not lists */
export function listAttempts(traineeId: TraineeId, context: ReadContext = {}): Promise<RowsResult<Attempt>> {
  const { db = appDb } = context;
  return readRows(async () => {
    const raws = await db.attempts.where('traineeId').equals(traineeId).toArray();
    const result = checkRows(attemptSchema, 'attempts', raws, keyOf('id'));
    result.rows.sort(newestFirst);
    return result;
  });
}

/** a trainee's attempt summaries, the newest first: what lists, charts and suggestions read */
export function listAttemptSummaries(
  traineeId: TraineeId,
  context: ReadContext = {},
): Promise<RowsResult<AttemptSummaryRow>> {
  const { db = appDb } = context;
  return readRows(async () => {
    const raws = await db.attemptSummaries.where('traineeId').equals(traineeId).toArray();
    const result = checkRows(attemptSummarySchema, 'attemptSummaries', raws, keyOf('id'));
    result.rows.sort(newestFirst);
    return result;
  });
}

/** the attempt to offer for resuming: the trainee's newest unfinished attempt at the scenario, or null */
export function getUnfinishedAttempt(
  traineeId: TraineeId,
  scenarioId: string,
  context: ReadContext = {},
): Promise<RowResult<Attempt>> {
  const { db = appDb } = context;
  return readRow(async () => {
    const raws = await db.attempts
      .where('[traineeId+scenarioId]')
      .equals([traineeId, scenarioId])
      .filter((a) => a.status === 'in_progress')
      .toArray();
    const newest = raws.sort(newestFirst)[0];
    return checkRow(attemptSchema, 'attempts', newest, newest?.id ?? '?');
  });
}

/** per scenario, the trainee's best finished attempt; sorted by scenario id */
export function getBestScores(
  traineeId: TraineeId,
  context: ReadContext = {},
): Promise<RowsResult<BestScore>> {
  const { db = appDb } = context;
  return readRows(async () => {
    const raws = await db.attemptSummaries
      .where('[traineeId+status]')
      .equals([traineeId, 'finished'])
      .toArray();
    const { rows, issues } = checkRows(attemptSummarySchema, 'attemptSummaries', raws, keyOf('id'));
    const best = new Map<string, BestScore>();
    for (const a of rows) {
      const { overall } = a;
      if (overall === undefined) continue;
      const finishedAt = a.finishedAt ?? a.updatedAt;
      const seen = best.get(a.scenarioId);
      // ties go to the earlier attempt: the first time the score was reached
      if (!seen || overall > seen.overall || (overall === seen.overall && finishedAt < seen.finishedAt)) {
        best.set(a.scenarioId, {
          scenarioId: a.scenarioId,
          overall,
          attemptId: a.id,
          finishedAt,
          finished: (seen?.finished ?? 0) + 1,
        });
      } else {
        seen.finished += 1;
      }
    }
    return { rows: [...best.values()].sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)), issues };
  });
}
