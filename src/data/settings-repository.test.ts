import 'fake-indexeddb/auto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SettingRow } from './entities.ts';
import { newTraineeId, type TraineeId } from './ids.ts';
import { getSetting, setSetting } from './settings-repository.ts';
import { freshDb } from './test-support/fresh-db.ts';

describe('settings repository', () => {
  it('gives the default until a value is set, then the value', async () => {
    const db = freshDb();
    expect(await getSetting('language', { db })).toEqual({ value: null, issue: null });
    expect(await setSetting('language', 'zh-TW', { db })).toEqual({ ok: true, value: 'zh-TW', saved: true });
    expect(await getSetting('language', { db })).toEqual({ value: 'zh-TW', issue: null });

    const id = newTraineeId();
    await setSetting('currentTraineeId', id, { db });
    const current = await getSetting('currentTraineeId', { db });
    expect(current.value).toBe(id);
    expectTypeOf(current.value).toEqualTypeOf<TraineeId | null>();
  });

  it('types each key’s value', () => {
    // @ts-expect-error a language is a locale code
    void setSetting('language', 'fr');
    // @ts-expect-error the current trainee is a trainee id, not any string
    void setSetting('currentTraineeId', 'ann');
  });

  it('refuses a value that is not valid for the key', async () => {
    const db = freshDb();
    const result = await setSetting('language', 'klingon' as 'en', { db });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_setting', params: { key: 'language' } },
    });
  });

  it('falls back to the default, with a warning, when the stored value is unreadable', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'language', value: 42 } as unknown as SettingRow);
    expect(await getSetting('language', { db })).toMatchObject({
      value: null,
      issue: { code: 'invalid_row', severity: 'warning', params: { table: 'settings', key: 'language' } },
    });
  });
});
