import { describe, expect, it } from 'vitest';
import { formatClock, moodBand, moodSteps, summarizeMood } from '../debrief-format.ts';

describe('debrief formatting', () => {
  it('writes conversation times as m:ss, and h:mm:ss past an hour', () => {
    expect([0, 9_400, 65_000, 3_600_000 + 61_000].map(formatClock)).toEqual([
      '0:00',
      '0:09',
      '1:05',
      '1:01:01',
    ]);
  });

  it('holds each mood until the next change and the last one until the end', () => {
    const trace = [
      { at: 0, mood: 7 },
      { at: 15_000, mood: 5 },
      { at: 15_000, mood: 4 },
    ];
    expect(moodSteps(trace, 40_000)).toEqual([
      { at: 0, mood: 7 },
      { at: 15_000, mood: 7 },
      { at: 15_000, mood: 5 },
      { at: 15_000, mood: 4 },
      { at: 40_000, mood: 4 },
    ]);
  });

  it('summarises start, the first peak and end', () => {
    const trace = [
      { at: 0, mood: 6 },
      { at: 10_000, mood: 9 },
      { at: 20_000, mood: 9 },
      { at: 30_000, mood: 2 },
    ];
    expect(summarizeMood(trace)).toEqual({
      start: { at: 0, mood: 6 },
      peak: { at: 10_000, mood: 9 },
      end: { at: 30_000, mood: 2 },
    });
    expect(summarizeMood([])).toBeNull();
  });

  it('names moods in five bands', () => {
    expect([0, 2, 3, 5, 7, 9, 10].map(moodBand)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
});
