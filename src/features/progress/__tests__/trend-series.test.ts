import { describe, expect, it } from 'vitest';
import { MAX_MARKS, trendSeries, type TrendPoint } from '../trend-series.ts';

const HOUR = 60 * 60 * 1000;

/** `n` attempts from noon on 2025-05-05 (a Monday), `every` ms apart, scores 0, 10, 20, ... wrapping at 100 */
function points(n: number, every: number): TrendPoint[] {
  const start = new Date(2025, 4, 5, 12).getTime();
  return Array.from({ length: n }, (_, i) => ({
    at: start + i * every,
    score: (i * 10) % 110,
    scenarioId: `s${i}`,
  }));
}

describe('trendSeries', () => {
  it('marks every attempt while they fit', () => {
    const series = trendSeries(points(3, HOUR));
    expect(series).toEqual({
      grain: 'attempt',
      marks: points(3, HOUR).map((p) => ({
        at: p.at,
        until: p.at,
        score: p.score,
        count: 1,
        scenarioId: p.scenarioId,
      })),
    });
    expect(trendSeries(points(MAX_MARKS, HOUR)).grain).toBe('attempt');
  });

  it('averages each day when there are more attempts than marks', () => {
    // six hours apart from noon: two attempts on the first day, then four a day
    const series = trendSeries(points(80, 6 * HOUR));
    expect(series.grain).toBe('day');
    expect(series.marks).toHaveLength(21);
    expect(series.marks.slice(1, -1).every((m) => m.count === 4)).toBe(true);
    expect(series.marks[0]).toEqual({
      at: points(1, 0)[0]!.at,
      until: points(1, 0)[0]!.at + 6 * HOUR,
      score: 5,
      count: 2,
    });
    expect(series.marks.reduce((n, m) => n + m.count, 0)).toBe(80);
  });

  it('averages each week (from Monday) when the days do not fit, and each month when the weeks do not', () => {
    // 1,000 attempts 3.4 hours apart: about twenty weeks, as the app benchmark seeds them
    const weekly = trendSeries(points(1000, 3.4 * HOUR));
    expect(weekly.grain).toBe('week');
    expect(weekly.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(weekly.marks.reduce((n, m) => n + m.count, 0)).toBe(1000);
    for (const m of weekly.marks) {
      expect(new Date(m.until).getTime() - new Date(m.at).getTime()).toBeLessThan(7 * 24 * HOUR);
    }
    expect(weekly.marks[1] && new Date(weekly.marks[1].at).getDay()).toBe(1);

    const monthly = trendSeries(points(400, 3 * 24 * HOUR));
    expect(monthly.grain).toBe('month');
    expect(monthly.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(monthly.marks.reduce((n, m) => n + m.count, 0)).toBe(400);
  });

  it('cuts a history of more months than marks into runs of months, never more marks than asked', () => {
    const series = trendSeries(points(200, 10 * 24 * HOUR), 10);
    expect(series.grain).toBe('months');
    expect(series.marks.length).toBeLessThanOrEqual(10);
    expect(series.marks.reduce((n, m) => n + m.count, 0)).toBe(200);
    expect(series.marks.every((m) => m.score >= 0 && m.score <= 100)).toBe(true);
  });
});
