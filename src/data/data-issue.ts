import type * as v from 'valibot';

/**
 * A problem with stored or imported data, shaped like the engine's issues: a stable code the app renders with
 * `t(\`data.issue.${code}\`, params)`, where it is, and an English message for logs and the CLI.
 */
export interface DataIssue {
  code: DataIssueCode;
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

export type DataIssueCode =
  /** a stored row does not match its schema; it is left in place and skipped */
  | 'invalid_row'
  /** storage could not be read; `params.storage` holds the storage problem code */
  | 'read_failed'
  | 'bundle_too_large'
  | 'bundle_not_json'
  | 'bundle_wrong_format'
  | 'bundle_unsupported_version'
  | 'bundle_invalid'
  | 'bundle_attempt_of_other_trainee'
  | 'bundle_attempt_conflict'
  | 'bundle_storage_failed';

export type RowResult<T> = { ok: true; row: T | null } | { ok: false; issue: DataIssue };

export interface RowsResult<T> {
  rows: T[];
  issues: DataIssue[];
}

const MAX_ISSUES = 20;

/** the keys from the root to where the issue is, as in a JSON path */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

/** schema issues as data issues, at most 20 (a broken bundle of 1,000 attempts need not list 1,000 problems) */
export function fromSchemaIssues(
  code: DataIssueCode,
  issues: readonly v.BaseIssue<unknown>[],
  params?: Record<string, string | number>,
  prefix: (string | number)[] = [],
): DataIssue[] {
  return issues.slice(0, MAX_ISSUES).map((i) => ({
    code,
    severity: 'error',
    path: [...prefix, ...issuePath(i)],
    message: i.message,
    ...(params && { params }),
  }));
}
