import type { StorageFailure } from './storage-errors.ts';

/**
 * What became of one write:
 * - `saved`: it is in IndexedDB;
 * - `queued`: storage failed; the write is kept in memory, in order, and written on retry or with the next write;
 * - `failed`: it was not kept (trying again cannot help, or the caller asked not to keep it).
 */
export type WriteOutcome<T> =
  | { status: 'saved'; value: T }
  | { status: 'queued'; error: StorageFailure }
  | { status: 'failed'; error: StorageFailure };

export interface WriteOptions {
  /** a newer write with the same key replaces a kept one that has not been written yet (progress of one attempt) */
  key?: string;
  /** keep the write on failure; false for writes the user starts again by hand, such as an import */
  keep?: boolean;
}

export interface WriteQueueState {
  /** the failure that holds the queue up, or null while writes go through */
  blocked: StorageFailure | null;
  /** writes kept in memory, not yet in IndexedDB */
  pending: number;
}

export interface WriteQueue {
  run<T>(op: () => Promise<T>, options?: WriteOptions): Promise<WriteOutcome<T>>;
  /** writes what is kept, in order; resolves when the queue is empty or blocked again */
  retry(): Promise<void>;
  state(): WriteQueueState;
}

interface Entry {
  op: () => Promise<unknown>;
  key: string | undefined;
  keep: boolean;
  settle: ((outcome: WriteOutcome<unknown>) => void) | null;
}

/**
 * Runs writes one after another, in the order they were asked for. A write that fails for a reason that may pass
 * (a full disk, storage unavailable, another tab's upgrade) stays at the head with everything behind it, so a
 * later write never lands before an earlier one; retry() or the next write tries again from the head.
 */
export function createWriteQueue(options: {
  classify: (error: unknown) => StorageFailure;
  onChange: (state: WriteQueueState) => void;
}): WriteQueue {
  let queue: Entry[] = [];
  let blocked: StorageFailure | null = null;
  let running: Promise<void> | null = null;
  let inFlight: Entry | null = null;
  let published: WriteQueueState = { blocked: null, pending: 0 };

  function publish(): void {
    const next: WriteQueueState = { blocked, pending: blocked ? queue.length : 0 };
    if (next.blocked === published.blocked && next.pending === published.pending) return;
    published = next;
    options.onChange(next);
  }

  function settle(entry: Entry, outcome: WriteOutcome<unknown>): void {
    const done = entry.settle;
    entry.settle = null;
    done?.(outcome);
  }

  async function loop(): Promise<void> {
    while (queue.length > 0) {
      const entry = queue[0] as Entry;
      inFlight = entry;
      try {
        const value = await entry.op();
        inFlight = null;
        queue.shift();
        settle(entry, { status: 'saved', value });
      } catch (error) {
        inFlight = null;
        const failure = options.classify(error);
        if (!failure.retryable || !entry.keep) {
          queue.shift();
          settle(entry, { status: 'failed', error: failure });
          continue;
        }
        blocked = failure;
        // writes the caller will redo by hand are not kept behind a blocked head
        for (const e of queue) if (!e.keep) settle(e, { status: 'failed', error: failure });
        queue = queue.filter((e) => e.keep);
        for (const e of queue) settle(e, { status: 'queued', error: failure });
        publish();
        return;
      }
    }
    blocked = null;
    publish();
  }

  function drain(): Promise<void> {
    running ??= loop().finally(() => {
      running = null;
      // a write that arrived while the loop was giving up has not been tried yet
      if (queue.some((e) => e.settle !== null)) void drain();
    });
    return running;
  }

  function run<T>(op: () => Promise<T>, writeOptions: WriteOptions = {}): Promise<WriteOutcome<T>> {
    return new Promise<WriteOutcome<T>>((resolve) => {
      const settleAs = resolve as (outcome: WriteOutcome<unknown>) => void;
      const keep = writeOptions.keep ?? true;
      const tail = queue[queue.length - 1];
      // only while blocked: the tail is kept and its caller has had its answer; never the write being tried
      if (
        blocked &&
        keep &&
        tail &&
        tail !== inFlight &&
        tail.settle === null &&
        writeOptions.key !== undefined &&
        tail.key === writeOptions.key
      ) {
        tail.op = op;
        tail.settle = settleAs;
      } else {
        queue.push({ op, key: writeOptions.key, keep, settle: settleAs });
      }
      void drain();
    });
  }

  async function retry(): Promise<void> {
    // a loop that is giving up must finish first, or retry would only wait for it
    while (running) await running;
    await drain();
  }

  return { run, retry, state: () => ({ blocked, pending: blocked ? queue.length : 0 }) };
}
