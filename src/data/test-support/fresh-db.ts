import { createDatabase, type ParleyDb } from '../db.ts';

/** a database of its own for one test, so tests never see each other's rows */
export function freshDb(): ParleyDb {
  return createDatabase(`parley-test-${crypto.randomUUID()}`);
}
