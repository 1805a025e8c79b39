import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexiconExpressions } from '../../../engine/scoring/lexicons.ts';
import { replyReader, warmLexicons } from '../analyzer-kit.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('warmLexicons', () => {
  it('reads a sample reply, then runs every expression of the language in short steps, and changes no analysis', () => {
    const reply = "I'm so sorry. Which device are you on? That's not our fault, the courier handles it.";
    const before = replyReader.analyze(reply, { lang: 'en' });
    vi.useFakeTimers();
    let now = 0;
    // each expression "takes" 1 ms: a step of 8 ms runs about eight, then gives the thread back
    const tested = vi.spyOn(RegExp.prototype, 'test');
    warmLexicons('en', () => (now += 1));
    expect(tested).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer(); // a sample reply through the analyzer
    const sample = tested.mock.calls.length;
    vi.advanceTimersToNextTimer(); // the first step
    const firstStep = tested.mock.calls.length - sample;
    expect(firstStep).toBeGreaterThan(0);
    expect(firstStep).toBeLessThan(10);
    vi.runAllTimers();
    expect(tested.mock.calls.length).toBeGreaterThanOrEqual(lexiconExpressions('en').length);
    tested.mockRestore();
    expect(replyReader.analyze(reply, { lang: 'en' })).toEqual(before);
  });

  it('stops when asked', () => {
    const total = lexiconExpressions('zh').length; // builds the lexicons before counting
    vi.useFakeTimers();
    let now = 0;
    const tested = vi.spyOn(RegExp.prototype, 'test');
    const stop = warmLexicons('zh-CN', () => (now += 1));
    vi.advanceTimersToNextTimer(); // the sample reply
    vi.advanceTimersToNextTimer(); // the first step
    stop();
    const calls = tested.mock.calls.length;
    vi.runAllTimers();
    expect(tested.mock.calls.length).toBe(calls);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(total);
    tested.mockRestore();
  });
});
