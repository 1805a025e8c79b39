import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Attempt, AttemptSummaryRow, Draft, ImportedScenario, SettingRow, Trainee } from './entities.ts';
import { addAttemptSummariesV2 } from './migrations/v2-attempt-summaries.ts';
import { reportVersionConflict } from './storage-status.ts';

export const DATABASE_NAME = 'parley';

export type ParleyDb = Dexie & {
  trainees: EntityTable<Trainee, 'id'>;
  attempts: EntityTable<Attempt, 'id'>;
  attemptSummaries: EntityTable<AttemptSummaryRow, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  scenarios: EntityTable<ImportedScenario, 'id'>;
};

/**
 * The whole schema history. A shipped version is never edited: a change adds
 * `db.version(n + 1).stores({...}).upgrade((tx) => ...)` with a named record function from `migrations/`.
 */
function declareVersions(db: ParleyDb): void {
  db.version(1).stores({
    trainees: 'id, lastActiveAt',
    attempts: 'id, traineeId, [traineeId+scenarioId], [traineeId+status], startedAt',
    drafts: 'id, traineeId',
    settings: 'key',
    scenarios: 'id, importedAt',
  });
  // lists, charts and best scores read a small summary per attempt instead of its transcript and scorecard
  db.version(2)
    .stores({ attemptSummaries: 'id, traineeId, [traineeId+status]' })
    .upgrade((tx) => addAttemptSummariesV2(tx));
}

/** a database under its own name: the app uses `db`, tests make their own */
export function createDatabase(name: string = DATABASE_NAME, options?: DexieOptions): ParleyDb {
  const db = new Dexie(name, options) as ParleyDb;
  declareVersions(db);
  db.on('versionchange', () => {
    // close at once so the other tab's upgrade is not blocked; stay closed, since this page's code is now old
    db.close({ disableAutoOpen: true });
    reportVersionConflict(async () => {
      await db.open();
    });
    // skips dexie's default handler, which would reopen on the next query
    return false;
  });
  return db;
}

/** the app's database; only repositories use it */
export const db: ParleyDb = createDatabase();
