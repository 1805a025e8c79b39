import type { RowResult } from './data-issue.ts';
import { db as appDb } from './db.ts';
import type { Draft } from './entities.ts';
import type { TraineeId } from './ids.ts';
import { checkRow, readRow } from './read-rows.ts';
import { draftSchema } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import { toSaved, type ReadContext, type Saved, type WriteContext } from './write-result.ts';

export function draftKey(traineeId: TraineeId, scenarioId: string): string {
  return `${traineeId}|${scenarioId}`;
}

/** keeps what the trainee is typing; empty text deletes the draft. Call it debounced, not on every key */
export async function saveDraft(
  traineeId: TraineeId,
  scenarioId: string,
  text: string,
  context: WriteContext = {},
): Promise<Saved<Draft | null>> {
  const { db = appDb, now = Date.now() } = context;
  const id = draftKey(traineeId, scenarioId);
  if (text.length === 0) return deleteDraft(traineeId, scenarioId, context);
  const draft: Draft = { id, traineeId, scenarioId, text, updatedAt: now };
  // only the newest text of a draft is worth keeping while storage fails
  const outcome = await runWrite(() => db.drafts.put(draft), { key: `draft:${id}` });
  return toSaved(outcome, draft);
}

export function getDraft(
  traineeId: TraineeId,
  scenarioId: string,
  context: ReadContext = {},
): Promise<RowResult<Draft>> {
  const { db = appDb } = context;
  const id = draftKey(traineeId, scenarioId);
  return readRow(async () => checkRow(draftSchema, 'drafts', await db.drafts.get(id), id));
}

/** after the reply is sent */
export async function deleteDraft(
  traineeId: TraineeId,
  scenarioId: string,
  context: ReadContext = {},
): Promise<Saved<null>> {
  const { db = appDb } = context;
  const id = draftKey(traineeId, scenarioId);
  const outcome = await runWrite(() => db.drafts.delete(id), { key: `draft:${id}` });
  return toSaved(outcome, null);
}
