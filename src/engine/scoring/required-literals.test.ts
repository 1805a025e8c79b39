import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './required-literals.ts';

describe('requiredLiterals', () => {
  it('takes the most selective required part of a sequence', () => {
    expect(requiredLiterals(String.raw`\b(?:paste|send) (?:it|them)\b`)).toEqual(['paste', 'send']);
    expect(requiredLiterals(String.raw`\bi(?:'m| am) (?:so )?sorry\b`)).toEqual(['sorry']);
    expect(requiredLiterals('请提供(?:订单号|截图)')).toEqual(['请提供']);
  });

  it('gives up where nothing is required', () => {
    expect(requiredLiterals(String.raw`(?:sorry)?\w+`)).toBeNull();
    expect(requiredLiterals('a|b')).toBeNull();
    expect(requiredLiterals(String.raw`(?:never|\d+)`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:never|\d+ times)`)).toEqual(['never', ' times']);
  });

  it('ignores lookarounds, which require nothing of the match itself', () => {
    expect(requiredLiterals(String.raw`(?<=please )(?:send|give)`)).toEqual(['send', 'give']);
    expect(requiredLiterals(String.raw`(?!sorry)hello`)).toEqual(['hello']);
  });
});
