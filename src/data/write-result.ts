import type { ParleyDb } from './db.ts';
import type { StorageFailure } from './storage-errors.ts';
import type { WriteOutcome } from './write-queue.ts';

/** a domain error: a stable code for i18n (`data.error.<code>`), params, and an English message for logs */
export interface DataError<C extends string> {
  code: C;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * A write's result. `ok: true` means the app can go on: `saved: false` says the write is kept in memory because
 * storage failed, and `useStorageStatus` tells the user why and offers retry(). `ok: false` means nothing was
 * kept: a domain error (a bad name, an unknown id) or a storage failure that trying again cannot fix.
 */
export type Saved<T, E extends { code: string } = never> =
  { ok: true; value: T; saved: boolean } | { ok: false; error: E | StorageFailure };

export interface ReadContext {
  /** the database to use; the app's `db` when absent */
  db?: ParleyDb;
}

export interface WriteContext extends ReadContext {
  /** wall-clock epoch ms to stamp the rows with; Date.now() when absent */
  now?: number;
}

/** a write outcome as a result, where `value` is known before the write (a new row, nothing) */
export function toSaved<T>(outcome: WriteOutcome<unknown>, value: T): Saved<T> {
  if (outcome.status === 'saved') return { ok: true, value, saved: true };
  if (outcome.status === 'queued') return { ok: true, value, saved: false };
  return { ok: false, error: outcome.error };
}

export function dataError<C extends string>(
  code: C,
  message: string,
  params?: Record<string, string | number>,
): DataError<C> {
  return { code, message, ...(params && { params }) };
}
