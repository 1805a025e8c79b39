// plain-text layout for terminals: display widths, wrapping, and keeping escape codes out of user text

const ANSI_CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof ANSI_CODES;

export type Paint = (styles: Style | readonly Style[], text: string) => string;

/** a painter that wraps text in ANSI escape codes, or leaves it alone when colour is off */
export function createPaint(color: boolean): Paint {
  return (styles, text) => {
    if (!color || text === '') return text;
    const list = typeof styles === 'string' ? [styles] : styles;
    const open = list.map((s) => `\u001b[${ANSI_CODES[s][0]}m`).join('');
    const close = list
      .map((s) => `\u001b[${ANSI_CODES[s][1]}m`)
      .reverse()
      .join('');
    return `${open}${text}${close}`;
  };
}

export interface ColorEnvironment {
  /** --color (true), --no-color (false), or neither (undefined) */
  flag: boolean | undefined;
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** colours when asked for, else only on a terminal that has not opted out (https://no-color.org) */
export function shouldUseColor({ flag, isTTY, env }: ColorEnvironment): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;

/** how many terminal columns one character takes: 2 for CJK and emoji, 0 for combining marks */
export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** text from the user made safe to print: tabs become spaces, control and bidi-override characters '·' */
export function printable(text: string): string {
  return text.replace(/\t/g, ' ').replace(CONTROL, '·');
}

// closing punctuation stays on the line it closes, even one column past the width
const NO_LINE_START = /^[)\]}"'”’，。、；：！？）」』》〉,.;:!?]$/u;

/** whether a line may begin with this character: not with closing punctuation */
export function canStartLine(char: string): boolean {
  return !NO_LINE_START.test(char);
}

/** words wrapped to a width in columns; a word longer than a line (Chinese has no spaces) breaks anywhere */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const breakLine = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const word of paragraph.split(/(?<= )/)) {
      const wordWidth = displayWidth(word.trimEnd());
      if (lineWidth > 0 && lineWidth + wordWidth > width && wordWidth <= width) breakLine();
      for (const char of word) {
        const w = charWidth(char);
        if (lineWidth > 0 && lineWidth + w > width && char !== ' ' && canStartLine(char)) breakLine();
        line += char;
        lineWidth += w;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** user text on one line of at most `width` columns: whitespace runs become one space, a cut ends in '…' */
export function shortenText(text: string, width: number): string {
  const line = printable(text.replace(/\s+/g, ' ').trim());
  if (displayWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  for (const char of line) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out.trimEnd()}…`;
}
