import type { RowResult, RowsResult } from './data-issue.ts';
import { db as appDb } from './db.ts';
import type { Trainee } from './entities.ts';
import { newTraineeId, type TraineeId } from './ids.ts';
import { checkRow, checkRows, keyOf, readRow, readRows } from './read-rows.ts';
import { TRAINEE_NAME_MAX, traineeSchema } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import {
  dataError,
  toSaved,
  type DataError,
  type ReadContext,
  type Saved,
  type WriteContext,
} from './write-result.ts';

export type TraineeNameErrorCode = 'name_empty' | 'name_too_long' | 'name_invalid' | 'name_taken';
export type TraineeNameError = DataError<TraineeNameErrorCode>;

// control characters would be invisible in the trainee picker and in exported file names
const CONTROL = /\p{Cc}/u;

/** the name as stored: NFC, trimmed, inner spaces collapsed; or why it cannot be a name */
export function normalizeTraineeName(
  input: string,
): { ok: true; name: string } | { ok: false; error: TraineeNameError } {
  const name = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { ok: false, error: dataError('name_empty', 'the name is empty') };
  if (CONTROL.test(name))
    return { ok: false, error: dataError('name_invalid', 'the name contains control characters') };
  const length = [...name].length;
  if (length > TRAINEE_NAME_MAX) {
    return {
      ok: false,
      error: dataError('name_too_long', `the name has ${length} characters; at most ${TRAINEE_NAME_MAX}`, {
        max: TRAINEE_NAME_MAX,
        length,
      }),
    };
  }
  return { ok: true, name };
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** rejects a name another trainee on this device already uses (ignoring case), so the picker stays unambiguous */
async function nameTaken(
  name: string,
  except: TraineeId | null,
  context: ReadContext,
): Promise<TraineeNameError | null> {
  const { db = appDb } = context;
  try {
    const taken = await db.trainees
      .filter((t) => t.id !== except && typeof t.name === 'string' && sameName(t.name, name))
      .first();
    return taken
      ? dataError('name_taken', `a trainee named '${taken.name}' already exists`, { name: taken.name })
      : null;
  } catch {
    // storage is failing: the write below reports it
    return null;
  }
}

export async function createTrainee(
  name: string,
  context: WriteContext = {},
): Promise<Saved<Trainee, TraineeNameError>> {
  const { db = appDb, now = Date.now() } = context;
  const checked = normalizeTraineeName(name);
  if (!checked.ok) return checked;
  const taken = await nameTaken(checked.name, null, context);
  if (taken) return { ok: false, error: taken };
  const trainee: Trainee = { id: newTraineeId(), name: checked.name, createdAt: now, lastActiveAt: now };
  const outcome = await runWrite(() => db.trainees.add(trainee));
  return toSaved(outcome, trainee);
}

/** every trainee on this device, the most recently active first */
export function listTrainees(context: ReadContext = {}): Promise<RowsResult<Trainee>> {
  const { db = appDb } = context;
  return readRows(async () => {
    const raws = await db.trainees.orderBy('lastActiveAt').reverse().toArray();
    return checkRows(traineeSchema, 'trainees', raws, keyOf('id'));
  });
}

export function getTrainee(id: TraineeId, context: ReadContext = {}): Promise<RowResult<Trainee>> {
  const { db = appDb } = context;
  return readRow(async () => checkRow(traineeSchema, 'trainees', await db.trainees.get(id), id));
}

export async function renameTrainee(
  id: TraineeId,
  name: string,
  context: WriteContext = {},
): Promise<Saved<string, TraineeNameError | DataError<'not_found'>>> {
  const { db = appDb } = context;
  const checked = normalizeTraineeName(name);
  if (!checked.ok) return checked;
  const taken = await nameTaken(checked.name, id, context);
  if (taken) return { ok: false, error: taken };
  const outcome = await runWrite(() => db.trainees.update(id, { name: checked.name }));
  if (outcome.status === 'saved' && outcome.value === 0)
    return { ok: false, error: dataError('not_found', `no trainee ${id}`, { id }) };
  return toSaved(outcome, checked.name);
}

/** marks the trainee as active now, so the picker lists them first */
export async function touchTrainee(id: TraineeId, context: WriteContext = {}): Promise<Saved<void>> {
  const { db = appDb, now = Date.now() } = context;
  const outcome = await runWrite(() => db.trainees.update(id, { lastActiveAt: now }), { key: `touch:${id}` });
  return toSaved(outcome, undefined);
}

/** the trainee with all their attempts and drafts ("delete my data"); the current trainee is unset if it was them */
export async function deleteTrainee(id: TraineeId, context: WriteContext = {}): Promise<Saved<void>> {
  const { db = appDb } = context;
  const outcome = await runWrite(() =>
    db.transaction(
      'rw',
      [db.trainees, db.attempts, db.attemptSummaries, db.drafts, db.settings],
      async () => {
        await db.attempts.where('traineeId').equals(id).delete();
        await db.attemptSummaries.where('traineeId').equals(id).delete();
        await db.drafts.where('traineeId').equals(id).delete();
        await db.trainees.delete(id);
        const current = await db.settings.get('currentTraineeId');
        if (current?.value === id) await db.settings.put({ key: 'currentTraineeId', value: null });
      },
    ),
  );
  return toSaved(outcome, undefined);
}
