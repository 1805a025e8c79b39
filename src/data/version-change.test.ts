import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './db.ts';
import { useStorageStatus } from './storage-status.ts';
import { createTrainee, listTrainees } from './trainee-repository.ts';

/** what a newer build of the app does in another tab: open the same database at a higher version */
function upgradeElsewhere(name: string, nativeVersion: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onblocked = () => reject(new Error('the upgrade was blocked by this tab'));
  });
}

describe('another tab upgrades the database', () => {
  it('closes at once so the upgrade goes through, asks for a reload, and keeps later writes until retry', async () => {
    const name = `parley-test-${crypto.randomUUID()}`;
    const db = createDatabase(name);
    await createTrainee('Ann', { db, now: 1 });

    // dexie stores version n as n * 10; the other tab's build is one version ahead
    const newer = (db.verno + 1) * 10;
    const other = await upgradeElsewhere(name, newer);
    expect(other.version).toBe(newer);
    expect(db.isOpen()).toBe(false);
    expect(useStorageStatus.getState()).toMatchObject({ problem: 'version_conflict', pending: 0 });

    // this tab does not quietly reopen with its old code: the write waits in memory
    const bo = await createTrainee('Bo', { db, now: 2 });
    expect(bo).toMatchObject({ ok: true, saved: false });
    expect(useStorageStatus.getState()).toMatchObject({ problem: 'version_conflict', pending: 1 });
    expect(await listTrainees({ db })).toMatchObject({
      rows: [],
      issues: [{ code: 'read_failed', params: { storage: 'version_conflict' } }],
    });

    // retry writes what was kept into the upgraded database, so the reload loses nothing; reload stays the advice
    await useStorageStatus.getState().retry();
    expect(useStorageStatus.getState()).toMatchObject({ problem: 'version_conflict', pending: 0 });
    expect((await listTrainees({ db })).rows.map((t) => t.name).sort()).toEqual(['Ann', 'Bo']);
    other.close();
    db.close();
  });
});
