/** a stretch of text to mark, in UTF-16 offsets, carrying what it stands for */
export interface MarkRange<T> {
  start: number;
  end: number;
  value: T;
}

/** a maximal run of text covered by the same set of ranges */
export interface TextSegment<T> {
  start: number;
  end: number;
  text: string;
  /** every range that covers this segment, in input order */
  covering: T[];
  /** the covering ranges that end exactly where this segment ends */
  ending: T[];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** clamps an offset into the text and off the middle of a surrogate pair */
function snapOffset(text: string, offset: number): number {
  const clamped = Math.min(Math.max(Math.trunc(offset), 0), text.length);
  if (
    clamped > 0 &&
    clamped < text.length &&
    isLowSurrogate(text.charCodeAt(clamped)) &&
    isHighSurrogate(text.charCodeAt(clamped - 1))
  ) {
    return clamped - 1;
  }
  return clamped;
}

/**
 * Cuts `text` at every range start and end so that overlapping, nested or touching ranges each get
 * whole segments. Segments cover the entire text in order; uncovered stretches have `covering: []`.
 * Out-of-bounds, empty, inverted or non-finite ranges are clamped or dropped.
 */
export function segmentText<T>(text: string, ranges: readonly MarkRange<T>[]): TextSegment<T>[] {
  const clean: MarkRange<T>[] = [];
  for (const r of ranges) {
    if (!Number.isFinite(r.start) || !Number.isFinite(r.end)) continue;
    const start = snapOffset(text, r.start);
    const end = snapOffset(text, r.end);
    if (end > start) clean.push({ start, end, value: r.value });
  }

  const cuts = new Set<number>([0, text.length]);
  for (const r of clean) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment<T>[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    const over = clean.filter((r) => r.start <= start && r.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      covering: over.map((r) => r.value),
      ending: over.filter((r) => r.end === end).map((r) => r.value),
    });
  }
  return segments;
}
