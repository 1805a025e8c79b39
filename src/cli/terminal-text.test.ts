import { describe, expect, it } from 'vitest';
import {
  createPaint,
  displayWidth,
  printable,
  shortenText,
  shouldUseColor,
  wrapText,
} from './terminal-text.ts';

describe('shouldUseColor', () => {
  it.each([
    { flag: undefined, isTTY: true, env: {}, expected: true },
    { flag: undefined, isTTY: false, env: {}, expected: false },
    { flag: undefined, isTTY: true, env: { NO_COLOR: '1' }, expected: false },
    { flag: undefined, isTTY: true, env: { NO_COLOR: '' }, expected: true },
    { flag: undefined, isTTY: true, env: { TERM: 'dumb' }, expected: false },
    { flag: true, isTTY: false, env: { NO_COLOR: '1' }, expected: true },
    { flag: false, isTTY: true, env: {}, expected: false },
  ])('is $expected for flag $flag, tty $isTTY, env $env', ({ expected, ...environment }) => {
    expect(shouldUseColor(environment)).toBe(expected);
  });
});

describe('createPaint', () => {
  it('wraps text in escape codes only when colour is on', () => {
    expect(createPaint(true)(['red', 'bold'], 'x')).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
    expect(createPaint(false)(['red', 'bold'], 'x')).toBe('x');
  });
});

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('抱歉，')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('printable', () => {
  it('keeps terminal escapes and bidi overrides in a reply from reaching the terminal', () => {
    expect(printable('a\tb\u001b[31mc\u202ed')).toBe('a b·[31mc·d');
  });
});

describe('wrapText', () => {
  it('breaks between words', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 15)).toEqual([
      'the quick brown',
      'fox jumps over',
      'the lazy dog',
    ]);
  });

  it('breaks Chinese anywhere but not before closing punctuation', () => {
    expect(wrapText('Better: 我们会在二十四小时内处理。', 16)).toEqual([
      'Better: 我们会在',
      '二十四小时内处理。',
    ]);
    expect(wrapText('一二三四，五六', 8)).toEqual(['一二三四，', '五六']);
  });
});

describe('shortenText', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shortenText('Sorry!\n  Which  device?', 40)).toBe('Sorry! Which device?');
  });

  it('cuts to the width in columns, counting Chinese characters as two, and ends in an ellipsis', () => {
    expect(shortenText('Sorry about that, which device are you on?', 12)).toBe('Sorry about…');
    const cut = shortenText('非常抱歉给您带来不愉快的体验', 11);
    expect(cut).toBe('非常抱歉给…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(11);
  });
});
