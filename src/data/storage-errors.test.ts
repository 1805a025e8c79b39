import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './storage-errors.ts';

function named(name: string, message = name): DOMException {
  return new DOMException(message, name);
}

describe('classifyStorageError', () => {
  it('sorts the errors IndexedDB and Dexie throw into what the user can do', () => {
    const cases: [string, unknown][] = [
      ['DOMException QuotaExceededError', named('QuotaExceededError')],
      ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full')],
      ['AbortError wrapping quota (Firefox)', new Dexie.AbortError('aborted', named('QuotaExceededError'))],
      [
        'OpenFailedError (private mode)',
        new Dexie.OpenFailedError('cannot open', named('InvalidStateError')),
      ],
      ['MissingAPIError (no IndexedDB)', new Dexie.MissingAPIError('indexedDB missing')],
      ['SecurityError (storage blocked)', named('SecurityError')],
      ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed')],
      ['VersionChangeError', new Dexie.VersionChangeError('upgraded elsewhere')],
      ['ConstraintError', named('ConstraintError')],
      ['DataCloneError', named('DataCloneError')],
      ['TimeoutError', new Dexie.TimeoutError('slow')],
      ['a string', 'boom'],
    ];
    const rows = cases.map(([label, error]) => {
      const f = classifyStorageError(error);
      return `${label}: ${f.code}${f.retryable ? '' : ' (not kept)'}`;
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        "DOMException QuotaExceededError: quota_exceeded",
        "Dexie.QuotaExceededError: quota_exceeded",
        "AbortError wrapping quota (Firefox): quota_exceeded",
        "OpenFailedError (private mode): unavailable",
        "MissingAPIError (no IndexedDB): unavailable",
        "SecurityError (storage blocked): unavailable",
        "DatabaseClosedError: unavailable",
        "VersionChangeError: version_conflict",
        "ConstraintError: unknown (not kept)",
        "DataCloneError: unknown (not kept)",
        "TimeoutError: unknown",
        "a string: unknown",
      ]
    `);
  });

  it('reads a closed database as a version conflict once another tab has upgraded', () => {
    const closed = new Dexie.DatabaseClosedError('closed');
    expect(classifyStorageError(closed, { versionChanged: true })).toEqual({
      code: 'version_conflict',
      name: 'DatabaseClosedError',
      message: 'closed',
      retryable: true,
    });
  });

  it('finds the cause inside a bulk error', () => {
    const bulk = new Dexie.BulkError('1 of 2 failed', { 1: named('QuotaExceededError') });
    expect(classifyStorageError(bulk).code).toBe('quota_exceeded');
  });
});
