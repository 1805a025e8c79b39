import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParleyDb } from './db.ts';
import {
  deleteImportedScenario,
  getImportedScenario,
  listImportedScenarios,
  saveImportedScenario,
} from './scenario-repository.ts';
import { freshDb } from './test-support/fresh-db.ts';
import { MINI_ID, MINI_TEXT } from './test-support/play-mini.ts';

let db: ParleyDb;
beforeEach(() => {
  db = freshDb();
});

describe('scenario repository', () => {
  it('keeps an imported scenario’s text with the id, version and titles read from it', async () => {
    const result = await saveImportedScenario(MINI_TEXT, { db, now: 5 });
    expect(result).toEqual({
      ok: true,
      saved: true,
      value: {
        id: MINI_ID,
        version: 1,
        title: { en: 'Locked out', 'zh-CN': '登录不上' },
        text: MINI_TEXT,
        importedAt: 5,
      },
    });
    expect(await getImportedScenario(MINI_ID, { db })).toMatchObject({
      ok: true,
      row: { id: MINI_ID, text: MINI_TEXT },
    });
  });

  it('replaces a scenario imported again under the same id, and lists the latest import first', async () => {
    await saveImportedScenario(MINI_TEXT, { db, now: 5 });
    const other = MINI_TEXT.replace('id: mini-login', 'id: mini-two');
    await saveImportedScenario(other, { db, now: 6 });
    await saveImportedScenario(MINI_TEXT.replace('version: 1', 'version: 2'), { db, now: 7 });
    const { rows, issues } = await listImportedScenarios({ db });
    expect(rows.map((r) => [r.id, r.version, r.importedAt])).toEqual([
      [MINI_ID, 2, 7],
      ['mini-two', 1, 6],
    ]);
    expect(issues).toEqual([]);
  });

  it('refuses a file the engine cannot parse, with the engine’s issues', async () => {
    const result = await saveImportedScenario('id: [unclosed', { db, now: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_scenario' } });
    if (result.ok || result.error.code !== 'invalid_scenario') return;
    expect('issues' in result.error && result.error.issues.length).toBeGreaterThan(0);
    expect(await db.scenarios.count()).toBe(0);
  });

  it('deletes an imported scenario', async () => {
    await saveImportedScenario(MINI_TEXT, { db, now: 5 });
    await deleteImportedScenario(MINI_ID, { db });
    expect(await getImportedScenario(MINI_ID, { db })).toEqual({ ok: true, row: null });
  });
});
