import { describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from './storage-errors.ts';
import { createWriteQueue, type WriteQueueState } from './write-queue.ts';

function quota(): DOMException {
  return new DOMException('the disk is full', 'QuotaExceededError');
}

function setup() {
  const states: WriteQueueState[] = [];
  const queue = createWriteQueue({
    classify: (e) => classifyStorageError(e),
    onChange: (s) => states.push(s),
  });
  const written: string[] = [];
  let failing: Error | null = null;
  const write = (name: string) => () => {
    if (failing) return Promise.reject(failing);
    written.push(name);
    return Promise.resolve(name);
  };
  return { queue, states, written, write, fail: (e: Error) => (failing = e), heal: () => (failing = null) };
}

describe('createWriteQueue', () => {
  it('writes in the order asked and answers each caller with its value', async () => {
    const { queue, written, write, states } = setup();
    const results = await Promise.all([queue.run(write('a')), queue.run(write('b')), queue.run(write('c'))]);
    expect(results).toEqual([
      { status: 'saved', value: 'a' },
      { status: 'saved', value: 'b' },
      { status: 'saved', value: 'c' },
    ]);
    expect(written).toEqual(['a', 'b', 'c']);
    // nothing went wrong, so listeners heard nothing
    expect(states).toEqual([]);
  });

  it('keeps a failed write and everything after it, then writes them in order on retry', async () => {
    const { queue, written, write, fail, heal, states } = setup();
    fail(quota());
    const first = await queue.run(write('a'));
    const second = await queue.run(write('b'));
    expect(first).toMatchObject({
      status: 'queued',
      error: { code: 'quota_exceeded', name: 'QuotaExceededError' },
    });
    expect(second).toMatchObject({ status: 'queued', error: { code: 'quota_exceeded' } });
    expect(queue.state()).toMatchObject({ pending: 2, blocked: { code: 'quota_exceeded' } });
    expect(written).toEqual([]);

    heal();
    await queue.retry();
    expect(written).toEqual(['a', 'b']);
    expect(queue.state()).toEqual({ blocked: null, pending: 0 });
    expect(states.map((s) => [s.blocked?.code ?? null, s.pending])).toEqual([
      ['quota_exceeded', 1],
      ['quota_exceeded', 2],
      [null, 0],
    ]);
  });

  it('tries the kept writes first when the next write comes, so a later write never lands before an earlier one', async () => {
    const { queue, written, write, fail, heal } = setup();
    fail(quota());
    await queue.run(write('old'));
    heal();
    const next = await queue.run(write('new'));
    expect(next).toEqual({ status: 'saved', value: 'new' });
    expect(written).toEqual(['old', 'new']);
  });

  it('keeps only the newest of kept writes that share a key', async () => {
    const { queue, written, write, fail, heal } = setup();
    fail(quota());
    await queue.run(write('start'));
    await queue.run(write('progress 1'), { key: 'p' });
    await queue.run(write('progress 2'), { key: 'p' });
    await queue.run(write('progress 3'), { key: 'p' });
    expect(queue.state().pending).toBe(2);
    heal();
    await queue.retry();
    expect(written).toEqual(['start', 'progress 3']);
  });

  it('replaces a kept write at the head with a newer one of the same key', async () => {
    const { queue, written, write, fail, heal } = setup();
    fail(quota());
    await queue.run(write('progress 1'), { key: 'p' });
    await queue.run(write('progress 2'), { key: 'p' });
    expect(queue.state().pending).toBe(1);
    heal();
    await queue.retry();
    expect(written).toEqual(['progress 2']);
  });

  it('does not keep a write that cannot succeed on retry, and goes on with the next', async () => {
    const { queue, written, write } = setup();
    const broken = queue.run(() => Promise.reject(new DOMException('key already exists', 'ConstraintError')));
    const next = queue.run(write('b'));
    expect(await broken).toMatchObject({ status: 'failed', error: { code: 'unknown', retryable: false } });
    expect(await next).toEqual({ status: 'saved', value: 'b' });
    expect(written).toEqual(['b']);
    expect(queue.state()).toEqual({ blocked: null, pending: 0 });
  });

  it('does not keep a write marked keep: false (an import the user can start again)', async () => {
    const { queue, write, fail } = setup();
    fail(quota());
    const kept = await queue.run(write('a'));
    const once = await queue.run(write('import'), { keep: false });
    expect(kept.status).toBe('queued');
    expect(once).toMatchObject({ status: 'failed', error: { code: 'quota_exceeded' } });
    expect(queue.state().pending).toBe(1);
  });

  it('answers a write that arrives while a failing write is being tried', async () => {
    const { queue, write, fail } = setup();
    fail(quota());
    const op = vi.fn(write('a'));
    const first = queue.run(op);
    const second = queue.run(write('b'));
    expect(await first).toMatchObject({ status: 'queued' });
    expect(await second).toMatchObject({ status: 'queued' });
    expect(queue.state().pending).toBe(2);
  });
});
