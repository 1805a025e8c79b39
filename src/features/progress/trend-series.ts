/** one scored attempt on a trend chart */
export interface TrendPoint {
  at: number;
  score: number;
  scenarioId: string;
}

/** how much of the history one mark stands for */
export type TrendGrain = 'attempt' | 'day' | 'week' | 'month' | 'months';

/** one mark on a trend chart: an attempt, or the mean of the attempts in a stretch of time */
export interface TrendMark {
  /** the first attempt's time */
  at: number;
  /** the last attempt's time (`at` for a single attempt) */
  until: number;
  /** the score, or the rounded mean score */
  score: number;
  count: number;
  /** the scenario, for a mark of one attempt */
  scenarioId?: string;
}

export interface TrendSeries {
  grain: TrendGrain;
  /** oldest first; never more than the limit asked for */
  marks: TrendMark[];
}

/** past this many marks they would merge into one another on a chart 300 pixels wide */
export const MAX_MARKS = 40;

const DAY_MS = 24 * 60 * 60 * 1000;

interface Keys {
  day: number;
  week: number;
  month: number;
}

/** the day, week (from Monday) and month of a time, in the trainee's own time zone; one Date per point */
function calendarKeys(at: number): Keys {
  const d = new Date(at);
  const day = Math.floor((at - d.getTimezoneOffset() * 60_000) / DAY_MS);
  // day 0, 1970-01-01, was a Thursday: three days after a Monday
  return { day, week: day - ((day + 3) % 7), month: d.getFullYear() * 12 + d.getMonth() };
}

function mark(points: readonly TrendPoint[]): TrendMark {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length === 1)
    return { at: first.at, until: first.at, score: first.score, count: 1, scenarioId: first.scenarioId };
  const mean = points.reduce((sum, p) => sum + p.score, 0) / points.length;
  return { at: first.at, until: last.at, score: Math.round(mean), count: points.length };
}

/** consecutive points with the same key, in order; null as soon as there would be more than `max` groups */
function groupBy(
  points: readonly TrendPoint[],
  keys: readonly Keys[],
  grain: keyof Keys,
  max = Infinity,
): TrendPoint[][] | null {
  const groups: TrendPoint[][] = [];
  let current: TrendPoint[] = [];
  let currentKey: number | null = null;
  points.forEach((p, i) => {
    const k = keys[i]![grain];
    if (k !== currentKey && current.length > 0) {
      groups.push(current);
      current = [];
    }
    currentKey = k;
    current.push(p);
  });
  if (current.length > 0) groups.push(current);
  return groups.length > max ? null : groups;
}

/**
 * The marks a trend chart draws for a dimension's scores (oldest first): one per attempt while they fit, otherwise
 * the mean of each day, week or month, whichever first gives at most `max` marks; a history longer than `max`
 * months is cut into `max` runs of consecutive months.
 */
export function trendSeries(points: readonly TrendPoint[], max = MAX_MARKS): TrendSeries {
  if (points.length <= max) return { grain: 'attempt', marks: points.map((p) => mark([p])) };
  const keys = points.map((p) => calendarKeys(p.at));
  for (const grain of ['day', 'week', 'month'] as const) {
    const groups = groupBy(points, keys, grain, max);
    if (groups) return { grain, marks: groups.map(mark) };
  }
  const months = groupBy(points, keys, 'month') ?? [];
  const size = Math.ceil(months.length / max);
  const runs: TrendPoint[][] = [];
  for (let i = 0; i < months.length; i += size) runs.push(months.slice(i, i + size).flat());
  return { grain: 'months', marks: runs.map(mark) };
}
