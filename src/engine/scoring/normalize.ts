import { Converter } from 'opencc-js/t2cn';

/**
 * Normalised text with a map back to the original: the analyzer matches lexicons on `text` and reports spans
 * in the caller's string through `starts` / `ends` (UTF-16 offsets, one entry per UTF-16 unit of `text`).
 */
export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  controlCharacters: boolean;
}

const toSimplified = Converter({ from: 't', to: 'cn' });

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uff5e': '~', '\u301c': '~',
  '\u3002': '。', '\uff61': '。', '\u2026': '…',
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const SPACE = /\s/;

interface Builder {
  chars: string[];
  starts: number[];
  ends: number[];
}

function push(b: Builder, s: string, start: number, end: number): void {
  for (let k = 0; k < s.length; k++) {
    b.chars.push(s[k] as string);
    b.starts.push(start);
    b.ends.push(end);
  }
}

/** the offset of the first lone surrogate, or -1 */
export function findLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/**
 * NFKC, full/half width, curly quotes, case, traditional -> simplified Chinese, white space folded,
 * control and zero-width characters dropped, and letters spelled out with spaces ("p a s s w o r d") joined.
 */
export function normalizeText(original: string): NormalizedText {
  const b: Builder = { chars: [], starts: [], ends: [] };
  let controlCharacters = false;
  let lastWasSpace = true;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    // fast paths: printable ascii and the common CJK block need no NFKC
    if ((code > 0x20 && code < 0x7f && code !== 0x60) || (code >= 0x4e00 && code <= 0x9fff)) {
      const out = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : original[i]!;
      push(b, out, i, i + 1);
      lastWasSpace = false;
      i++;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const end = i + width;
    if (ZERO_WIDTH.test(ch)) {
      i = end;
      continue;
    }
    let out: string;
    if (CONTROL.test(ch)) {
      controlCharacters = true;
      out = ' ';
    } else if (ch === '\n' || ch === '\r') {
      out = '\n';
    } else {
      out = PUNCTUATION[ch] ?? ch.normalize('NFKC').toLowerCase();
      out = PUNCTUATION[out] ?? out;
    }
    if (out === '\n') {
      // a line break ends a sentence; keep one
      if (b.chars.length > 0 && b.chars[b.chars.length - 1] === ' ') {
        b.chars[b.chars.length - 1] = '\n';
      } else if (b.chars[b.chars.length - 1] !== '\n') {
        push(b, '\n', i, end);
      }
      lastWasSpace = true;
    } else if (SPACE.test(out)) {
      if (!lastWasSpace) push(b, ' ', i, end);
      lastWasSpace = true;
    } else {
      push(b, out, i, end);
      lastWasSpace = false;
    }
    i = end;
  }
  while (b.chars.length > 0 && SPACE.test(b.chars[b.chars.length - 1] as string)) {
    b.chars.pop();
    b.starts.pop();
    b.ends.pop();
  }
  // the letter-joining pass is needed only where single letters stand apart ("p a s s", "o.t.p")
  const joined = SPACED_LETTERS.test(b.chars.join('')) ? joinSpelledLetters(b) : b;
  const simplified = simplify(joined.chars.join(''));
  return {
    text: simplified,
    starts: Int32Array.from(joined.starts),
    ends: Int32Array.from(joined.ends),
    controlCharacters,
  };
}

// taiwan writes 着 as 著 (著急, 等著); opencc keeps 著 because it is also simplified for "write / notable"
const TAIWAN_ZHE = /(?<![显卓土昭编原名巨专论遗新拙合译])著(?![名作称述书者录])/g;

function simplify(text: string): string {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text;
  const whole = toSimplified(text).replace(TAIWAN_ZHE, '着');
  if (whole.length === text.length) return whole;
  // a phrase conversion changed the length: convert code unit by code unit to keep the offset map
  let out = '';
  for (const ch of text) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out.replace(TAIWAN_ZHE, '着');
}

const SPELLED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '·']);
const SPACED_LETTERS = /(?:^|[^a-z])[a-z][ .\-_*·][a-z][ .\-_*·][a-z](?![a-z])/;
// three-letter words worth joining when spelled out: the secrets people disguise
const SHORT_SECRETS = new Set(['otp', 'pin', 'cvv', 'pwd', 'sms']);

/** "p a s s w o r d" / "c-o-d-e" -> "password" / "code": runs of four or more single latin letters */
function joinSpelledLetters(b: Builder): Builder {
  const { chars } = b;
  const isLetter = (k: number): boolean => {
    const c = chars[k];
    return c !== undefined && c >= 'a' && c <= 'z';
  };
  const out: Builder = { chars: [], starts: [], ends: [] };
  let i = 0;
  while (i < chars.length) {
    if (isLetter(i) && !isLetter(i - 1)) {
      // collect letter, sep, letter, sep, ...
      const letters = [i];
      let k = i;
      while (SPELLED_SEPARATORS.has(chars[k + 1] as string) && isLetter(k + 2) && !isLetter(k + 3)) {
        k += 2;
        letters.push(k);
      }
      const word = letters.map((idx) => chars[idx]).join('');
      if ((letters.length >= 4 || SHORT_SECRETS.has(word)) && !isLetter(i + 1)) {
        for (const idx of letters) {
          out.chars.push(chars[idx] as string);
          out.starts.push(b.starts[idx] as number);
          out.ends.push(b.ends[idx] as number);
        }
        i = k + 1;
        continue;
      }
    }
    out.chars.push(chars[i] as string);
    out.starts.push(b.starts[i] as number);
    out.ends.push(b.ends[i] as number);
    i++;
  }
  return out;
}

/** the original offsets of the normalised range [from, to) */
export function toOriginalRange(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  const last = Math.max(from, to - 1);
  return { start: n.starts[from] ?? 0, end: n.ends[last] ?? n.ends[n.ends.length - 1] ?? 0 };
}
