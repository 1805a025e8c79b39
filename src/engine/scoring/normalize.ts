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
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uff5e': '~',
  '\u301c': '~',
  '\u3002': '。',
  '\uff61': '。',
  '\u2026': '…',
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const SPACE = /\s/;

/**
 * Normalised text under construction: its UTF-16 code units, each with the original range it came from. Two are
 * kept and reused (the text and its letter-joined copy), so that a reply allocates only its results.
 */
class Builder {
  units = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  /** the last code unit, or -1 */
  last(): number {
    return this.length > 0 ? (this.units[this.length - 1] as number) : -1;
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k), start, end);
  }

  text(): string {
    let out = '';
    // in chunks: a call takes only so many arguments
    for (let at = 0; at < this.length; at += 4096) {
      const chunk = this.units.subarray(at, Math.min(this.length, at + 4096));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

const built = new Builder();
const joinedLetters = new Builder();
const withApostrophes = new Builder();
const joinedHan = new Builder();

const LINE_FEED = 0x0a;
const SPACE_UNIT = 0x20;

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
  const b = built;
  b.length = 0;
  let controlCharacters = false;
  let lastWasSpace = true;
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    // fast paths: printable ascii and the common CJK block need no NFKC
    if ((code > 0x20 && code < 0x7f && code !== 0x60) || (code >= 0x4e00 && code <= 0x9fff)) {
      b.push(code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
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
      if (b.last() === SPACE_UNIT) {
        b.units[b.length - 1] = LINE_FEED;
      } else if (b.last() !== LINE_FEED) {
        b.push(LINE_FEED, i, end);
      }
      lastWasSpace = true;
    } else if (SPACE.test(out)) {
      if (!lastWasSpace) b.push(SPACE_UNIT, i, end);
      lastWasSpace = true;
    } else {
      b.pushString(out, i, end);
      lastWasSpace = false;
    }
    i = end;
  }
  // only spaces and line feeds were pushed as white space
  while (b.last() === SPACE_UNIT || b.last() === LINE_FEED) b.length--;
  let text = b.text();
  let joined = b;
  // the letter-joining pass is needed only where single letters stand apart ("p a s s", "o.t.p")
  if (SPACED_LETTERS.test(text)) {
    joined = joinSpelledLetters(b);
    text = joined.text();
  }
  // Chinese spelled out with a space between characters to slip past a filter ("验 证 码 发 一 下"): joined
  if (SPACED_HAN.test(text)) {
    joined = joinSpacedHan(joined);
    text = joined.text();
  }
  // chat typing drops the apostrophe ("dont", "thats", "im"): put it back, so the lexicons read one spelling
  if (CONTRACTION.test(text)) {
    joined = restoreApostrophes(joined, text);
    text = joined.text();
  }
  return {
    text: simplify(fixSwappedLetters(text)),
    starts: joined.starts.slice(0, joined.length),
    ends: joined.ends.slice(0, joined.length),
    controlCharacters,
  };
}

// common typing slips that swap two letters ("recieve", "passowrd", "chekc"): fixed in place, so the lexicons read
// one spelling; every fix keeps the length, so the offset map stays as it is
const SWAPPED_LETTERS: readonly (readonly [RegExp, string])[] = [
  [/\brecie(?=v|pt)/g, 'recei'],
  [/\bbelei(?=f|v)/g, 'belie'],
  [/\bthier\b/g, 'their'],
  [/\bwierd/g, 'weird'],
  [/\bfreind/g, 'friend'],
  [/\bteh\b/g, 'the'],
  [/\btaht\b/g, 'that'],
  [/\bchekc/g, 'check'],
  [/\bpassowrd/g, 'password'],
  [/\bpaswsord/g, 'password'],
  [/\baccoutn/g, 'account'],
  [/\bverifciation/g, 'verification'],
];
// one pass tells whether any of them is there at all
const MAYBE_SWAPPED = new RegExp(SWAPPED_LETTERS.map(([re]) => re.source).join('|'));

function fixSwappedLetters(text: string): string {
  if (!MAYBE_SWAPPED.test(text)) return text;
  let out = text;
  for (const [re, fix] of SWAPPED_LETTERS) out = out.replace(re, fix);
  return out;
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

const SPELLED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '·'].map((c) => c.charCodeAt(0)));
const SPACED_HAN = /(?:^|[^\u3400-\u9fff])[\u3400-\u9fff] [\u3400-\u9fff] [\u3400-\u9fff](?![\u3400-\u9fff])/;

/** drops the single spaces inside a run of three or more Chinese characters that each stand alone */
function joinSpacedHan(b: Builder): Builder {
  const isHan = (k: number): boolean => {
    if (k < 0 || k >= b.length) return false;
    const c = b.units[k] as number;
    return c >= 0x3400 && c <= 0x9fff;
  };
  const isGap = (k: number): boolean => k >= 0 && k < b.length && b.units[k] === SPACE_UNIT;
  // a character that stands alone: a gap or the text's edge on each side, never another character
  const alone = (k: number): boolean => isHan(k) && !isHan(k - 1) && !isHan(k + 1);
  const out = joinedHan;
  out.length = 0;
  for (let k = 0; k < b.length; k++) {
    const spaced =
      isGap(k) &&
      alone(k - 1) &&
      alone(k + 1) &&
      ((isGap(k - 2) && alone(k - 3)) || (isGap(k + 2) && alone(k + 3)));
    if (!spaced) out.push(b.units[k] as number, b.starts[k] as number, b.ends[k] as number);
  }
  return out;
}

const SPACED_LETTERS = /(?:^|[^a-z])[a-z][ .\-_*·][a-z][ .\-_*·][a-z](?![a-z])/;
// three-letter words worth joining when spelled out: the secrets people disguise
const SHORT_SECRETS = new Set(['otp', 'pin', 'cvv', 'pwd', 'sms']);
// spelled secrets that a chat-speak word may follow letter by letter: "o t p u got" is "otp u got", not "otpu got"
const SPELLED_SECRETS = new Set([
  ...SHORT_SECRETS,
  'code',
  'codes',
  'pass',
  'password',
  'passcode',
  'passwd',
]);
const CHAT_LETTERS = new Set(['u', 'r', 'n', 'y', 'k']);

/** how many of the spelled letters make the word: all, or a spelled secret less the chat letters after it */
function spelledWordLength(word: string): number {
  if (SPELLED_SECRETS.has(word)) return word.length;
  for (let cut = 1; cut <= 2 && cut < word.length - 2; cut++) {
    const head = word.slice(0, -cut);
    if (SPELLED_SECRETS.has(head) && [...word.slice(-cut)].every((c) => CHAT_LETTERS.has(c)))
      return head.length;
  }
  return word.length;
}

/** "p a s s w o r d" / "c-o-d-e" -> "password" / "code": runs of four or more single latin letters */
function joinSpelledLetters(b: Builder): Builder {
  const { units } = b;
  const isLetter = (k: number): boolean => {
    if (k < 0 || k >= b.length) return false;
    const c = units[k] as number;
    return c >= 0x61 && c <= 0x7a;
  };
  const out = joinedLetters;
  out.length = 0;
  let i = 0;
  while (i < b.length) {
    if (isLetter(i) && !isLetter(i - 1)) {
      // collect letter, sep, letter, sep, ...
      const letters = [i];
      let k = i;
      while (
        k + 1 < b.length &&
        SPELLED_SEPARATORS.has(units[k + 1] as number) &&
        isLetter(k + 2) &&
        !isLetter(k + 3)
      ) {
        k += 2;
        letters.push(k);
      }
      const word = String.fromCharCode(...letters.map((idx) => units[idx] as number));
      if ((letters.length >= 4 || SHORT_SECRETS.has(word)) && !isLetter(i + 1)) {
        const kept = letters.slice(0, spelledWordLength(word));
        for (const idx of kept)
          out.push(units[idx] as number, b.starts[idx] as number, b.ends[idx] as number);
        i = (kept[kept.length - 1] as number) + 1;
        continue;
      }
    }
    out.push(units[i] as number, b.starts[i] as number, b.ends[i] as number);
    i++;
  }
  return out;
}

// contractions typed without their apostrophe, where the bare spelling is no other word ("were", "well", "its",
// "lets", "ill", "id", "wed", "hell", "shell" are words, and stay as they are); the apostrophe goes before the group's
// last letters: do|n't, that|'s, i|'m, you|'re, should|'ve
const CONTRACTION =
  /\b(?:(?:do|does|did|ca|could|wo|would|should|is|are|was|were|have|has|had|must|need|ai)n(?=t\b)|(?:that|there|what|where|who|how|here|he|she)(?=s\b)|(?:you|they)(?=re\b|ve\b|ll\b)|we(?=ve\b)|i(?=m\b|ve\b)|(?:would|should|could|might|must)(?=ve\b)|you(?=d\b))/g;

/** "dont" / "thats" / "im" -> "don't" / "that's" / "i'm": an apostrophe put in where the contraction lost it */
function restoreApostrophes(b: Builder, text: string): Builder {
  const out = withApostrophes;
  out.length = 0;
  let copied = 0;
  const copyTo = (to: number) => {
    for (; copied < to; copied++)
      out.push(b.units[copied] as number, b.starts[copied] as number, b.ends[copied] as number);
  };
  CONTRACTION.lastIndex = 0;
  for (const m of text.matchAll(CONTRACTION)) {
    const at = m.index + m[0].length;
    copyTo(at);
    // the apostrophe stands where the letter before it came from
    out.push(APOSTROPHE, b.starts[at - 1] as number, b.ends[at - 1] as number);
  }
  copyTo(b.length);
  return out;
}

const APOSTROPHE = "'".charCodeAt(0);

/** the original offsets of the normalised range [from, to) */
export function toOriginalRange(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  const last = Math.max(from, to - 1);
  return { start: n.starts[from] ?? 0, end: n.ends[last] ?? n.ends[n.ends.length - 1] ?? 0 };
}
