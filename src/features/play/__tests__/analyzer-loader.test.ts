import { describe, expect, it } from 'vitest';
import { deferredReader, loadAnalyzerKit, loadedAnalyzerKit } from '../analyzer-loader.ts';

describe('the analyzer, loaded after the conversation starts', () => {
  it('is not loaded until asked for, and a reply read before that fails plainly', () => {
    expect(loadedAnalyzerKit()).toBeUndefined();
    expect(() => deferredReader.analyze('Sorry!', {})).toThrow(/has not loaded yet/);
  });

  it('loads once, then reads replies and normalises text as the analyzer does', async () => {
    const first = loadAnalyzerKit();
    expect(loadAnalyzerKit()).toBe(first);
    const kit = await first;
    expect(loadedAnalyzerKit()).toBe(kit);
    const read = deferredReader.analyze('I am so sorry. Which device are you on?', {});
    expect(read.ok && read.analysis.empathy.fired && read.analysis.question.fired).toBe(true);
    expect(deferredReader.normalize('帳號')).toBe(kit.replyReader.normalize('帳號'));
    expect(deferredReader.normalize('帳號')).toBe('帐号');
  });
});
