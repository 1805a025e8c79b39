import { describe, expect, it } from 'vitest';
import { segmentText } from '../highlight/segment-spans.ts';

function view(text: string, ranges: { start: number; end: number; value: string }[]) {
  return segmentText(text, ranges).map((s) => `${s.text}|${s.covering.join('+')}|${s.ending.join('+')}`);
}

describe('segmentText', () => {
  it('returns the whole text as one bare segment when nothing is marked', () => {
    expect(view('hello', [])).toEqual(['hello||']);
  });

  it('returns nothing for empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3, value: 'x' }])).toEqual([]);
  });

  it('cuts around a single range and keeps the text in order', () => {
    expect(view('say sorry now', [{ start: 4, end: 9, value: 'apology' }])).toEqual([
      'say ||',
      'sorry|apology|apology',
      ' now||',
    ]);
  });

  it('splits overlapping ranges at every start and end', () => {
    // "impossible" (absolute) overlaps "impossible, it" (dismissive)
    const text = "That's impossible, it's not";
    expect(
      view(text, [
        { start: 7, end: 17, value: 'absolute' },
        { start: 7, end: 21, value: 'dismissive' },
      ]),
    ).toEqual([
      "That's ||",
      'impossible|absolute+dismissive|absolute',
      ', it|dismissive|dismissive',
      "'s not||",
    ]);
  });

  it('handles nested and partly overlapping ranges', () => {
    expect(
      view('abcdefgh', [
        { start: 1, end: 7, value: 'outer' },
        { start: 3, end: 5, value: 'inner' },
        { start: 4, end: 8, value: 'tail' },
      ]),
    ).toEqual([
      'a||',
      'bc|outer|',
      'd|outer+inner|',
      'e|outer+inner+tail|inner',
      'fg|outer+tail|outer',
      'h|tail|tail',
    ]);
  });

  it('keeps identical ranges together and touching ranges apart', () => {
    expect(
      view('sorrywhich', [
        { start: 0, end: 5, value: 'empathy' },
        { start: 0, end: 5, value: 'apology' },
        { start: 5, end: 10, value: 'question' },
      ]),
    ).toEqual(['sorry|empathy+apology|empathy+apology', 'which|question|question']);
  });

  it('clamps out-of-range offsets and drops empty, inverted and non-finite ranges', () => {
    expect(
      view('abc', [
        { start: -5, end: 1, value: 'head' },
        { start: 2, end: 99, value: 'tail' },
        { start: 2, end: 2, value: 'empty' },
        { start: 3, end: 1, value: 'inverted' },
        { start: Number.NaN, end: 2, value: 'nan' },
      ]),
    ).toEqual(['a|head|head', 'b||', 'c|tail|tail']);
  });

  it('never splits a surrogate pair', () => {
    const text = 'ok 😀 done';
    // an offset inside the emoji snaps back to its start
    const segments = segmentText(text, [{ start: 4, end: 5, value: 'x' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => !/[\ud800-\udbff]$/.test(s.text))).toBe(true);
  });

  it('works in UTF-16 offsets of Chinese text', () => {
    expect(view('非常抱歉给您带来不便', [{ start: 2, end: 4, value: 'apology' }])).toEqual([
      '非常||',
      '抱歉|apology|apology',
      '给您带来不便||',
    ]);
  });
});
