import type { Line, Locale, LocalizedText } from './schema.ts';

/** FNV-1a, 32 bits: a small stable hash so that line choice depends only on the seed and the place */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const FALLBACK_ORDER: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];

/** the text in the locale, or in the nearest locale that has it (zh-TW and zh-CN stand in for each other first) */
export function localize(t: LocalizedText | Line | undefined, locale: Locale): string {
  if (!t) return '';
  const direct = t[locale];
  if (direct) return direct;
  const sibling = locale === 'zh-TW' ? t['zh-CN'] : locale === 'zh-CN' ? t['zh-TW'] : undefined;
  if (sibling) return sibling;
  for (const l of FALLBACK_ORDER) {
    const v = t[l];
    if (v) return v;
  }
  return '';
}

export interface PickedLine {
  variant: number;
  text: string;
}

/**
 * One of the variants, chosen from the seed and the place in the conversation among those whose mood range
 * holds the customer's mood (all of them when none does), so the same seed and replies give the same lines.
 */
export function pickLine(
  lines: readonly Line[],
  mood: number,
  locale: Locale,
  seed: string,
  key: string,
): PickedLine | undefined {
  if (lines.length === 0) return undefined;
  const suited: number[] = [];
  lines.forEach((line, i) => {
    const r = line.mood;
    if (!r || ((r.min === undefined || mood >= r.min) && (r.max === undefined || mood <= r.max)))
      suited.push(i);
  });
  const pool = suited.length > 0 ? suited : lines.map((_, i) => i);
  const variant = pool[hashString(`${seed}|${key}`) % pool.length] ?? 0;
  return { variant, text: localize(lines[variant], locale) };
}
