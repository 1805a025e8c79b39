import { create } from 'zustand';
import { classifyStorageError, type StorageFailure, type StorageProblemCode } from './storage-errors.ts';
import {
  createWriteQueue,
  type WriteOptions,
  type WriteOutcome,
  type WriteQueueState,
} from './write-queue.ts';

export interface StorageStatus {
  /** what is wrong with storage now, or null; the app shows it with `t(\`storage.${problem}\`)` */
  problem: StorageProblemCode | null;
  /** writes kept in memory because storage failed; they are written on retry() or with the next write */
  pending: number;
  /** goes up when storage recovers, so live queries that failed run again */
  epoch: number;
  /** writes what is pending, in order; clears a read problem; after another tab's upgrade, reopens first */
  retry: () => Promise<void>;
}

export const useStorageStatus = create<StorageStatus>()(() => ({
  problem: null,
  pending: 0,
  epoch: 0,
  retry,
}));

// module state: one page, one database, one queue
let versionChanged = false;
let readProblem: StorageProblemCode | null = null;
let queueState: WriteQueueState = { blocked: null, pending: 0 };
const reopeners = new Set<() => Promise<void>>();

function classify(error: unknown): StorageFailure {
  return classifyStorageError(error, { versionChanged });
}

function problemNow(): StorageProblemCode | null {
  // after another tab's upgrade this page runs old code: reload stays the advice even once writes go through
  if (versionChanged) return 'version_conflict';
  return queueState.blocked?.code ?? readProblem;
}

function publish(): void {
  const { problem, pending, epoch } = useStorageStatus.getState();
  const next = problemNow();
  if (next === problem && queueState.pending === pending) return;
  const recovered = problem !== null && next === null;
  useStorageStatus.setState({
    problem: next,
    pending: queueState.pending,
    epoch: recovered ? epoch + 1 : epoch,
  });
}

const queue = createWriteQueue({
  classify,
  onChange: (state) => {
    queueState = state;
    // the kept writes went through, so storage works again
    if (state.blocked === null) readProblem = null;
    publish();
  },
});

async function retry(): Promise<void> {
  if (versionChanged) {
    // dexie opens the upgraded database as it now is, so what was typed here is not lost before the reload
    for (const reopen of reopeners) {
      try {
        await reopen();
      } catch {
        // the writes below fail again and say why
      }
    }
  }
  readProblem = null;
  await queue.retry();
  // nothing was pending: the queue did not change, but a read problem may have cleared
  publish();
  if (versionChanged) useStorageStatus.setState((s) => ({ epoch: s.epoch + 1 }));
}

/** the one way repositories write: errors are classified, reported here, and kept in order until they go through */
export function runWrite<T>(op: () => Promise<T>, options?: WriteOptions): Promise<WriteOutcome<T>> {
  return queue.run(op, options);
}

/** a read failed: say so (the caller shows an issue instead of crashing) */
export function reportReadFailure(error: unknown): StorageFailure {
  const failure = classify(error);
  if (failure.retryable) {
    readProblem = failure.code;
    publish();
  }
  return failure;
}

/**
 * Another tab upgraded or deleted the database and this tab closed its connection so as not to block it.
 * `reopen` lets retry() write what is pending into the upgraded database before the user reloads.
 */
export function reportVersionConflict(reopen: () => Promise<void>): void {
  versionChanged = true;
  reopeners.add(reopen);
  publish();
}
