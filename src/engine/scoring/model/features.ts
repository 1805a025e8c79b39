/**
 * The features the learned forbidden-phrase model reads: in English the words of a reply and each pair of
 * neighbouring words; in Chinese, which has no spaces to find words by, every run of one to three characters.
 * Each feature keeps where it stands, so that a finding can point at the words that weighed most.
 */
import type { Lang } from '../types.ts';

export interface ReplyFeature {
  /** `w:sorry`, `b:your fault`, `c:怪您` */
  key: string;
  /** offsets in the normalised text the feature was read from */
  start: number;
  end: number;
}

const WORD = /[a-z0-9']+/g;
const SPACE = /\s/;
const MAX_CHARS = 3;

/**
 * The features of a normalised reply, each once, at its first place.
 * @example
 * readFeatures("that's on you", 'en').map((f) => f.key) // ["w:that's", 'w:on', 'w:you', "b:that's on", 'b:on you']
 */
export function readFeatures(normalized: string, lang: Lang): ReplyFeature[] {
  const seen = new Map<string, ReplyFeature>();
  const add = (key: string, start: number, end: number) => {
    if (!seen.has(key)) seen.set(key, { key, start, end });
  };
  if (lang === 'en') {
    const words = [...normalized.matchAll(WORD)];
    for (const w of words) add(`w:${w[0]}`, w.index, w.index + w[0].length);
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1] as RegExpExecArray;
      const b = words[i] as RegExpExecArray;
      add(`b:${a[0]} ${b[0]}`, a.index, b.index + b[0].length);
    }
  } else {
    // the characters of the reply without its spaces (an emoji is one character), and where each stands
    const chars: string[] = [];
    const at: number[] = [];
    let i = 0;
    for (const ch of normalized) {
      if (!SPACE.test(ch)) {
        chars.push(ch);
        at.push(i);
      }
      i += ch.length;
    }
    for (let n = 1; n <= MAX_CHARS; n++) {
      for (let k = 0; k + n <= chars.length; k++) {
        const last = k + n - 1;
        add(
          `c:${chars.slice(k, k + n).join('')}`,
          at[k] as number,
          (at[last] as number) + (chars[last] as string).length,
        );
      }
    }
  }
  return [...seen.values()];
}
