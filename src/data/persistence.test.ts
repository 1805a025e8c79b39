import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './persistence.ts';

describe('requestPersistentStorage', () => {
  it('asks only when storage is not yet persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(true), persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(false), persist })).toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal, a missing API and a failing one without throwing', async () => {
    const no = () => Promise.resolve(false);
    expect(await requestPersistentStorage({ persisted: no, persist: no })).toBe('not_granted');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    const broken = () => Promise.reject(new Error('SecurityError'));
    expect(await requestPersistentStorage({ persisted: broken, persist: broken })).toBe('unsupported');
  });
});
