import { describe, expect, it } from 'vitest';
import { readFeatures } from './features.ts';

describe('readFeatures', () => {
  it('reads English words and pairs of words, each once, where it first stands', () => {
    const text = "that's on you, on you";
    expect(readFeatures(text, 'en').map((f) => [f.key, text.slice(f.start, f.end)])).toEqual([
      ["w:that's", "that's"],
      ['w:on', 'on'],
      ['w:you', 'you'],
      ["b:that's on", "that's on"],
      ['b:on you', 'on you'],
      ['b:you on', 'you, on'],
    ]);
  });

  it('reads Chinese as runs of one to three characters across spaces, an emoji as one character', () => {
    const text = '怪 您😀';
    const keys = readFeatures(text, 'zh').map((f) => [f.key, text.slice(f.start, f.end)]);
    expect(keys).toEqual([
      ['c:怪', '怪'],
      ['c:您', '您'],
      ['c:😀', '😀'],
      ['c:怪您', '怪 您'],
      ['c:您😀', '您😀'],
      ['c:怪您😀', '怪 您😀'],
    ]);
  });
});
