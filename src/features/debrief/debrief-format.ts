import type { Dimension } from '../../engine/scenario/index.ts';
import type { Scorecard } from '../../engine/scoring/index.ts';

/** the anchor of a transcript entry, which deductions, checkpoints and critical issues link to */
export function entryAnchor(entry: number): string {
  return `debrief-entry-${entry}`;
}

/** ms since the conversation began as `m:ss` (`h:mm:ss` past an hour) */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** 0-10 in the five words of `play.mood.*`: calm, uneasy, upset, angry, furious */
export function moodBand(mood: number): 0 | 1 | 2 | 3 | 4 {
  if (mood <= 2) return 0;
  if (mood <= 4) return 1;
  if (mood <= 6) return 2;
  if (mood <= 8) return 3;
  return 4;
}

export interface MoodPoint {
  at: number;
  mood: number;
}

/** the mood as a step line: it holds each value until the next change, and the last one until `endAt` */
export function moodSteps(trace: readonly MoodPoint[], endAt: number): MoodPoint[] {
  const out: MoodPoint[] = [];
  trace.forEach((p, i) => {
    out.push(p);
    const next = trace[i + 1];
    if (next && next.at > p.at) out.push({ at: next.at, mood: p.mood });
  });
  const last = trace[trace.length - 1];
  if (last && endAt > last.at) out.push({ at: endAt, mood: last.mood });
  return out;
}

export interface MoodSummary {
  start: MoodPoint;
  /** the first time the mood reached its highest value */
  peak: MoodPoint;
  end: MoodPoint;
}

export function summarizeMood(trace: readonly MoodPoint[]): MoodSummary | null {
  const [start] = trace;
  const end = trace[trace.length - 1];
  if (!start || !end) return null;
  const peak = trace.reduce((best, p) => (p.mood > best.mood ? p : best), start);
  return { start, peak, end };
}

/** each dimension's share of the overall score in percent, from the rubric weights stored in the scorecard */
export function weightShares(card: Scorecard): Record<Dimension, number> {
  const dims = Object.entries(card.dimensions) as [Dimension, Scorecard['dimensions'][Dimension]][];
  const sum = dims.reduce((s, [, d]) => s + d.weight, 0);
  return Object.fromEntries(
    dims.map(([name, d]) => [name, sum > 0 ? Math.round((d.weight / sum) * 100) : 0]),
  ) as Record<Dimension, number>;
}
