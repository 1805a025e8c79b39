import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { startAttempt } from './attempt-repository.ts';
import type { ParleyDb } from './db.ts';
import { saveDraft } from './draft-repository.ts';
import type { Trainee } from './entities.ts';
import { getSetting, setSetting } from './settings-repository.ts';
import { freshDb } from './test-support/fresh-db.ts';
import {
  createTrainee,
  deleteTrainee,
  getTrainee,
  listTrainees,
  normalizeTraineeName,
  renameTrainee,
  touchTrainee,
} from './trainee-repository.ts';

let db: ParleyDb;
beforeEach(() => {
  db = freshDb();
});

async function create(name: string, now: number): Promise<Trainee> {
  const result = await createTrainee(name, { db, now });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('normalizeTraineeName', () => {
  it('trims, collapses inner spaces and accepts up to 40 characters counted as they show', () => {
    expect(normalizeTraineeName('  Ann \t Lee ')).toEqual({ ok: true, name: 'Ann Lee' });
    expect(normalizeTraineeName('王'.repeat(40))).toEqual({ ok: true, name: '王'.repeat(40) });
    expect(normalizeTraineeName('😀'.repeat(40))).toMatchObject({ ok: true });
  });

  it('refuses an empty, an over-long or a control-character name with a code', () => {
    expect([
      normalizeTraineeName('   '),
      normalizeTraineeName('a'.repeat(41)),
      normalizeTraineeName('Ann\u0007'),
    ]).toMatchInlineSnapshot(`
      [
        {
          "error": {
            "code": "name_empty",
            "message": "the name is empty",
          },
          "ok": false,
        },
        {
          "error": {
            "code": "name_too_long",
            "message": "the name has 41 characters; at most 40",
            "params": {
              "length": 41,
              "max": 40,
            },
          },
          "ok": false,
        },
        {
          "error": {
            "code": "name_invalid",
            "message": "the name contains control characters",
          },
          "ok": false,
        },
      ]
    `);
  });
});

describe('trainee repository', () => {
  it('creates a trainee with a uuid and the given time', async () => {
    const result = await createTrainee('  Ann  ', { db, now: 1000 });
    expect(result).toEqual({
      ok: true,
      saved: true,
      value: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
        name: 'Ann',
        createdAt: 1000,
        lastActiveAt: 1000,
      },
    });
    if (!result.ok) return;
    expect(await getTrainee(result.value.id, { db })).toEqual({ ok: true, row: result.value });
  });

  it('refuses a name another trainee already has, ignoring case', async () => {
    await create('Ann', 1);
    expect(await createTrainee('ANN', { db, now: 2 })).toMatchObject({
      ok: false,
      error: { code: 'name_taken', params: { name: 'Ann' } },
    });
    expect(await createTrainee('', { db, now: 2 })).toMatchObject({
      ok: false,
      error: { code: 'name_empty' },
    });
  });

  it('lists trainees by last activity, the most recent first', async () => {
    const ann = await create('Ann', 1);
    const bo = await create('Bo', 2);
    await create('Cy', 3);
    await touchTrainee(ann.id, { db, now: 10 });
    const { rows, issues } = await listTrainees({ db });
    expect(rows.map((t) => t.name)).toEqual(['Ann', 'Cy', 'Bo']);
    expect(issues).toEqual([]);
    expect(rows.find((t) => t.id === bo.id)?.lastActiveAt).toBe(2);
  });

  it('renames, keeping the same rules as creating', async () => {
    const ann = await create('Ann', 1);
    await create('Bo', 2);
    expect(await renameTrainee(ann.id, ' Annie ', { db })).toEqual({ ok: true, value: 'Annie', saved: true });
    expect(await renameTrainee(ann.id, 'bo', { db })).toMatchObject({
      ok: false,
      error: { code: 'name_taken' },
    });
    // renaming to one's own name in another case is fine
    expect(await renameTrainee(ann.id, 'ANNIE', { db })).toMatchObject({ ok: true, value: 'ANNIE' });
    expect(await renameTrainee(crypto.randomUUID() as Trainee['id'], 'Zed', { db })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('deletes a trainee with their attempts and drafts, leaves others alone, and unsets them as current', async () => {
    const ann = await create('Ann', 1);
    const bo = await create('Bo', 2);
    const base = {
      scenarioId: 'mini-login',
      scenarioVersion: 1,
      locale: 'en',
      mode: 'practice',
      seed: 's',
    } as const;
    await startAttempt({ ...base, traineeId: ann.id }, { db, now: 5 });
    await startAttempt({ ...base, traineeId: bo.id }, { db, now: 6 });
    await saveDraft(ann.id, 'mini-login', 'hello', { db, now: 7 });
    await saveDraft(bo.id, 'mini-login', 'hi', { db, now: 7 });
    await setSetting('currentTraineeId', ann.id, { db });

    expect(await deleteTrainee(ann.id, { db })).toEqual({ ok: true, value: undefined, saved: true });

    expect(await getTrainee(ann.id, { db })).toEqual({ ok: true, row: null });
    expect(await db.attempts.where('traineeId').equals(ann.id).count()).toBe(0);
    expect(await db.drafts.where('traineeId').equals(ann.id).count()).toBe(0);
    expect(await db.attempts.count()).toBe(1);
    expect(await db.drafts.count()).toBe(1);
    expect((await getSetting('currentTraineeId', { db })).value).toBeNull();
  });

  it('turns a stored row that fails its schema into an issue and lists the others', async () => {
    const ann = await create('Ann', 1);
    await db.trainees.put({
      id: 'not-a-uuid',
      name: '',
      createdAt: 0,
      lastActiveAt: 5,
    } as unknown as Trainee);
    const { rows, issues } = await listTrainees({ db });
    expect(rows).toEqual([ann]);
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_row",
          "message": "Invalid UUID",
          "params": {
            "key": "not-a-uuid",
            "table": "trainees",
          },
          "path": [
            "id",
          ],
          "severity": "error",
        },
      ]
    `);
  });
});
