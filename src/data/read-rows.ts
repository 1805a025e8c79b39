import type * as v from 'valibot';
import { fromSchemaIssues, type DataIssue, type RowResult, type RowsResult } from './data-issue.ts';
import { parseRow } from './schemas.ts';
import { reportReadFailure } from './storage-status.ts';

/** a stored row checked against its schema: a bad row becomes an issue naming its table and key */
export function checkRow<T>(
  schema: v.GenericSchema<unknown, T>,
  table: string,
  raw: unknown,
  key: string,
): RowResult<T> {
  if (raw === undefined || raw === null) return { ok: true, row: null };
  const parsed = parseRow(schema, raw);
  if (parsed.success) return { ok: true, row: parsed.output };
  const [issue] = fromSchemaIssues('invalid_row', parsed.issues, { table, key });
  return {
    ok: false,
    issue: issue ?? {
      code: 'invalid_row',
      severity: 'error',
      path: [],
      message: 'invalid row',
      params: { table, key },
    },
  };
}

/** the rows that pass, in order, and one issue per row that does not */
export function checkRows<T>(
  schema: v.GenericSchema<unknown, T>,
  table: string,
  raws: readonly unknown[],
  keyOf: (raw: unknown) => string,
): RowsResult<T> {
  const rows: T[] = [];
  const issues: DataIssue[] = [];
  for (const raw of raws) {
    const result = checkRow(schema, table, raw, keyOf(raw));
    if (!result.ok) issues.push(result.issue);
    else if (result.row !== null) rows.push(result.row);
  }
  return { rows, issues };
}

export function keyOf(field: string): (raw: unknown) => string {
  return (raw) => {
    const value =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
  };
}

export function readFailedIssue(error: unknown): DataIssue {
  const failure = reportReadFailure(error);
  return {
    code: 'read_failed',
    severity: 'error',
    path: [],
    message: failure.message,
    params: { storage: failure.code, name: failure.name },
  };
}

/** reads never throw: a storage failure is reported to the storage status and returned as an issue */
export async function readRows<T>(read: () => Promise<RowsResult<T>>): Promise<RowsResult<T>> {
  try {
    return await read();
  } catch (error) {
    return { rows: [], issues: [readFailedIssue(error)] };
  }
}

export async function readRow<T>(read: () => Promise<RowResult<T>>): Promise<RowResult<T>> {
  try {
    return await read();
  } catch (error) {
    return { ok: false, issue: readFailedIssue(error) };
  }
}
