/** why storage failed, as the user would need to know it; words live in i18n under `storage.<code>` */
export type StorageProblemCode = 'quota_exceeded' | 'unavailable' | 'version_conflict' | 'unknown';

export interface StorageFailure {
  code: StorageProblemCode;
  /** the error's name as thrown (`QuotaExceededError`, `DatabaseClosedError`, ...), for logs */
  name: string;
  message: string;
  /** false when trying again cannot help (a bad key, a value that cannot be stored): the write is not kept */
  retryable: boolean;
}

const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const VERSION = new Set(['VersionChangeError', 'VersionError']);
// private mode, storage blocked by the browser, the backing store gone or closed
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'NotAllowedError',
  'UnknownError',
]);
// the write itself is wrong: retrying the same write fails the same way
const PERMANENT = new Set([
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'InvalidAccessError',
  'InvalidArgumentError',
  'InvalidTableError',
  'SchemaError',
  'NotFoundError',
  'ReadOnlyError',
  'TypeError',
  'SyntaxError',
  'RangeError',
]);

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** the error and what it wraps: dexie's `inner`, the standard `cause`, a bulk error's failures */
function chainOf(error: unknown): unknown[] {
  const out: unknown[] = [];
  const stack: unknown[] = [error];
  // bounded, so a self-referencing error cannot loop
  while (stack.length > 0 && out.length < 16) {
    const e = stack.shift();
    if (e === undefined || e === null || out.includes(e)) continue;
    out.push(e);
    if (typeof e !== 'object') continue;
    const { inner, cause, failures } = e as { inner?: unknown; cause?: unknown; failures?: unknown };
    stack.push(inner, cause);
    if (Array.isArray(failures)) stack.push(...(failures as unknown[]));
    else if (failures && typeof failures === 'object')
      stack.push(...Object.values(failures as Record<string, unknown>));
  }
  return out;
}

/**
 * Sorts a storage error into what the user can do about it. `versionChanged` says another tab upgraded or
 * deleted the database and this tab closed its connection, so a closed database means reload, not retry.
 */
export function classifyStorageError(
  error: unknown,
  context: { versionChanged: boolean } = { versionChanged: false },
): StorageFailure {
  const chain = chainOf(error);
  const names = chain.map(nameOf).filter((n): n is string => n !== undefined);
  const name = names[0] ?? typeof error;
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  const failure = (code: StorageProblemCode, retryable = true): StorageFailure => ({
    code,
    name,
    message,
    retryable,
  });

  if (names.some((n) => QUOTA.has(n))) return failure('quota_exceeded');
  if (names.some((n) => VERSION.has(n))) return failure('version_conflict');
  if (context.versionChanged && names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return failure('version_conflict');
  }
  if (names.some((n) => UNAVAILABLE.has(n))) return failure('unavailable');
  if (names.some((n) => PERMANENT.has(n))) return failure('unknown', false);
  return failure('unknown');
}
