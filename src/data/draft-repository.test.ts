import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParleyDb } from './db.ts';
import { deleteDraft, draftKey, getDraft, saveDraft } from './draft-repository.ts';
import { newTraineeId, type TraineeId } from './ids.ts';
import { freshDb } from './test-support/fresh-db.ts';

let db: ParleyDb;
let ann: TraineeId;
beforeEach(() => {
  db = freshDb();
  ann = newTraineeId();
});

describe('draft repository', () => {
  it('keeps one draft per trainee and scenario, the last text winning', async () => {
    await saveDraft(ann, 'mini-login', 'I am so', { db, now: 1 });
    await saveDraft(ann, 'mini-login', 'I am so sorry', { db, now: 2 });
    await saveDraft(ann, 'other', 'Hello', { db, now: 3 });
    expect(await getDraft(ann, 'mini-login', { db })).toEqual({
      ok: true,
      row: {
        id: draftKey(ann, 'mini-login'),
        traineeId: ann,
        scenarioId: 'mini-login',
        text: 'I am so sorry',
        updatedAt: 2,
      },
    });
    expect(await db.drafts.count()).toBe(2);
  });

  it('deletes the draft when the text is emptied or the reply is sent', async () => {
    await saveDraft(ann, 'mini-login', 'typing', { db, now: 1 });
    expect(await saveDraft(ann, 'mini-login', '', { db, now: 2 })).toEqual({
      ok: true,
      value: null,
      saved: true,
    });
    expect(await getDraft(ann, 'mini-login', { db })).toEqual({ ok: true, row: null });
    await saveDraft(ann, 'other', 'typing', { db, now: 3 });
    await deleteDraft(ann, 'other', { db });
    expect(await db.drafts.count()).toBe(0);
  });
});
