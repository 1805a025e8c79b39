import { describe, expect, it } from 'vitest';
import { canReadLineFeed, readsWideApart, requiredClauses, requiredLiterals } from './required-literals.ts';

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

describe('requiredClauses', () => {
  it('keeps every selective literal set a match must meet', () => {
    expect(requiredClauses(String.raw`\b(?:the |our )?(?:team|unit) (?:will|'ll) (?:call|email) you\b`)).toEqual([
      ['team', 'unit'],
      ['call', 'email'],
    ]);
    expect(requiredClauses('请(?:提供|发)一下(?:订单号|截图)')).toEqual([['提供', '发'], ['订单号', '截图']]);
  });

  it('requires nothing of optional parts and lookarounds', () => {
    expect(requiredClauses(String.raw`(?:sorry )?(?<=please )(?:send|give)(?! it)`)).toEqual([['send', 'give']]);
    expect(requiredClauses(String.raw`\w+`)).toEqual([]);
  });
});

describe('canReadLineFeed', () => {
  it('knows which parts of a pattern stop at a line break', () => {
    expect(canReadLineFeed(String.raw`a[^\n.!?]{0,5}[^\S\n]+b[ \t\u3000-].\S\w\d`)).toBe(false);
    expect(canReadLineFeed(String.raw`(?<![a-z])please$`)).toBe(false);
  });

  it('finds what can read one, lookarounds included', () => {
    for (const source of [String.raw`a\Wb`, String.raw`a\s`, String.raw`a\D`, String.raw`a[^x]`, String.raw`a[\s\S]`]) {
      expect(canReadLineFeed(source), source).toBe(true);
    }
    expect(canReadLineFeed(String.raw`a\nb`)).toBe(true);
    expect(canReadLineFeed(String.raw`a(?=[\x00-\x20])`)).toBe(true);
  });
});

describe('selectivity of symbols', () => {
  it('gates on rare symbols and emoji, not on common punctuation', () => {
    expect(requiredLiterals(String.raw`\b[a-z]+ ?(?:>|→|->) ?[a-z]`)).toEqual(['>', '→', '->']);
    expect(requiredLiterals('🤷')).toEqual(['🤷']);
    expect(requiredLiterals('!!+')).toBeNull();
  });
});

describe('readsWideApart', () => {
  it('knows a pattern that reads every character above U+00FF alike', () => {
    expect(readsWideApart(String.raw`\b(?:sorry|£\d+)[^\n.!?]{0,20}\S\W.$`)).toBe(false);
    expect(readsWideApart(String.raw`a[ \t\u3000-]b`)).toBe(false);
  });

  it('finds one that names such a character, the stand-in, or compares captures', () => {
    for (const source of ['a→b', '🙄', '[\u4e00-\u9fff]', '\u00a4', String.raw`(a)\1`]) {
      expect(readsWideApart(source), source).toBe(true);
    }
  });
});
