import { isModelRule, SIGNAL_NAMES } from '../../engine/scoring/index.ts';
import type { Evidence, ReplyAnalysis, SignalName } from '../../engine/scoring/index.ts';
import { t } from '../i18n.ts';
import { canStartLine, charWidth, createPaint, displayWidth, printable, wrapText } from '../terminal-text.ts';
import type { Paint } from '../terminal-text.ts';

export interface FormatOptions {
  /** ANSI colours and underlines; without them cues are marked on a line under the reply */
  color: boolean;
  /** terminal columns to wrap to */
  width: number;
  /** the customer's message the reply answers, shown above it */
  customer?: string;
}

type Mark = 'signal' | 'forbidden' | undefined;

interface Cell {
  char: string;
  width: number;
  mark: Mark;
}

const MARKER: Record<NonNullable<Mark>, string> = { signal: '-', forbidden: '^' };
const INDENT = '  ';
const MIN_WIDTH = 30;

/** which reply offsets lie in a cue; a forbidden phrase outranks a signal */
function markOffsets(analysis: ReplyAnalysis): Mark[] {
  const marks: Mark[] = new Array<Mark>(analysis.text.length).fill(undefined);
  for (const signal of SIGNAL_NAMES) {
    for (const { span } of analysis[signal].evidence) marks.fill('signal', span.start, span.end);
  }
  for (const { span } of analysis.forbidden) marks.fill('forbidden', span.start, span.end);
  return marks;
}

function toCells(text: string, marks: readonly Mark[]): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  for (const char of text) {
    const mark = marks[offset];
    offset += char.length;
    if (char === '\r' && text[offset] === '\n') continue;
    const shown = char === '\n' ? char : printable(char);
    cells.push({ char: shown, width: char === '\n' ? 0 : charWidth(shown), mark });
  }
  return cells;
}

/** cells wrapped to a width, breaking after a space where there is one */
function wrapCells(cells: readonly Cell[], width: number): Cell[][] {
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let lineWidth = 0;
  const measure = (l: readonly Cell[]) => l.reduce((n, c) => n + c.width, 0);
  for (const cell of cells) {
    if (cell.char === '\n') {
      lines.push(line);
      line = [];
      lineWidth = 0;
      continue;
    }
    if (lineWidth + cell.width > width && line.length > 0 && canStartLine(cell.char)) {
      if (cell.char === ' ') {
        lines.push(line);
        line = [];
        lineWidth = 0;
        continue;
      }
      const space = line.map((c) => c.char).lastIndexOf(' ');
      if (space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = [];
      }
      lineWidth = measure(line);
    }
    line.push(cell);
    lineWidth += cell.width;
  }
  lines.push(line);
  return lines;
}

function paintCells(cells: readonly Cell[], paint: Paint): string {
  let out = '';
  let i = 0;
  while (i < cells.length) {
    const mark = cells[i]?.mark;
    let run = '';
    while (i < cells.length && cells[i]?.mark === mark) run += cells[i++]?.char ?? '';
    if (mark === 'signal') out += paint(['green', 'underline'], run);
    else if (mark === 'forbidden') out += paint(['red', 'bold', 'underline'], run);
    else out += run;
  }
  return out;
}

/** the reply, cues underlined in colour or marked with `-` (signal) and `^` (forbidden) on the line below */
function renderReply(analysis: ReplyAnalysis, options: FormatOptions, paint: Paint): string[] {
  const cells = toCells(analysis.text, markOffsets(analysis));
  const out: string[] = [];
  for (const line of wrapCells(cells, Math.max(MIN_WIDTH, options.width) - INDENT.length)) {
    while (line.length > 0 && line[line.length - 1]?.char === ' ') line.pop();
    out.push(`${INDENT}${paintCells(line, paint)}`);
    if (options.color) continue;
    const markers = line
      .map((c) => (c.mark ? MARKER[c.mark] : ' ').repeat(c.width))
      .join('')
      .trimEnd();
    if (markers !== '') out.push(`${INDENT}${markers}`);
  }
  return out;
}

/** prose wrapped under an indent, painted line by line */
function paragraph(text: string, indent: string, width: number, paint: Paint, style?: 'dim'): string[] {
  return wrapText(text, Math.max(MIN_WIDTH, width) - indent.length).map(
    (line) => `${indent}${style ? paint(style, line) : line}`,
  );
}

function quoteCue(cue: string): string {
  return `"${printable(cue).replace(/\n/g, ' ')}"`;
}

function renderSignal(
  analysis: ReplyAnalysis,
  signal: SignalName,
  options: FormatOptions,
  paint: Paint,
): string[] {
  const level = signal === 'question' ? analysis.question.level : null;
  const name = t(`analysis.signal.${signal}`) + (level ? ` (${t(`analysis.level.${level}`)})` : '');
  const head = `${INDENT}✓ ${name}  `;
  const cueLine = (e: Evidence) => {
    const ownLevel = e.level && e.level !== level ? ` (${t(`analysis.level.${e.level}`)})` : '';
    return `${quoteCue(e.cue)}${ownLevel}  ${paint('dim', e.ruleId)}`;
  };
  const [first, ...rest] = analysis[signal].evidence;
  const lines = [
    `${INDENT}${paint('green', '✓')} ${paint('bold', name)}  ${first ? cueLine(first) : ''}`.trimEnd(),
  ];
  const align = ' '.repeat(displayWidth(head));
  for (const e of rest) lines.push(`${align}${cueLine(e)}`);
  lines.push(...paragraph(t(`analysis.signalHelp.${signal}`), INDENT.repeat(2), options.width, paint, 'dim'));
  return lines;
}

function renderForbidden(analysis: ReplyAnalysis, options: FormatOptions, paint: Paint): string[] {
  const lines: string[] = [];
  for (const hit of analysis.forbidden) {
    const name = t(`analysis.forbidden.${hit.category}`);
    lines.push(
      `${INDENT}${paint('red', '✗')} ${paint(['red', 'bold'], name)}  ${paint('red', quoteCue(hit.cue))}  ${paint('dim', isModelRule(hit.ruleId) ? t('cli.report.learned', { rule: hit.ruleId }) : hit.ruleId)}`,
    );
    const better = t('cli.report.better');
    const wrapped = paragraph(`${better} ${hit.suggestion}`, INDENT.repeat(2), options.width, paint);
    // only the label is painted, so wrapping works on the plain words
    if (wrapped[0]) wrapped[0] = wrapped[0].replace(better, paint(['cyan', 'bold'], better));
    lines.push(...wrapped);
  }
  return lines;
}

const EMOTION_STYLE = { anger: 'red', anxiety: 'yellow', none: 'green' } as const;

/**
 * One analysed reply as readable text for trainers: the reply with its cues marked, each signal that fired with
 * its cues and rule ids, each forbidden phrase with a better phrasing, what did not fire, and the coaching.
 */
export function formatAnalysis(analysis: ReplyAnalysis, options: FormatOptions): string {
  const paint = createPaint(options.color);
  const out: string[] = [];

  if (options.customer !== undefined && options.customer.trim() !== '') {
    out.push(paint('bold', t('cli.report.customer')));
    out.push(...paragraph(printable(options.customer), INDENT, options.width, paint), '');
  }

  out.push(paint('bold', t('cli.report.reply', { lang: analysis.lang })));
  out.push(...renderReply(analysis, options, paint));
  const hasCues = analysis.forbidden.length > 0 || SIGNAL_NAMES.some((s) => analysis[s].fired);
  if (!options.color && hasCues) {
    out.push(`${INDENT}${t('cli.report.legend', { signal: MARKER.signal, forbidden: MARKER.forbidden })}`);
  }
  for (const warning of analysis.warnings) {
    out.push(`${INDENT}${paint('yellow', `${t('cli.report.note')} ${t(`analysis.warning.${warning}`)}`)}`);
  }

  const fired = SIGNAL_NAMES.filter((s) => analysis[s].fired);
  if (fired.length > 0) {
    out.push('', paint('bold', t('cli.report.signals')));
    for (const signal of fired) out.push(...renderSignal(analysis, signal, options, paint));
  }

  if (analysis.forbidden.length > 0) {
    out.push('', paint(['red', 'bold'], t('cli.report.forbidden')));
    out.push(...renderForbidden(analysis, options, paint));
  }

  const missing = SIGNAL_NAMES.filter((s) => !analysis[s].fired).map((s) => t(`analysis.signal.${s}`));
  if (missing.length > 0) {
    out.push(
      '',
      ...paragraph(`${t('cli.report.notFound')} ${missing.join(', ')}`, '', options.width, paint, 'dim'),
    );
  }

  const emotion = analysis.customerEmotion;
  out.push(
    '',
    `${t('cli.report.customerEmotion')} ${paint(EMOTION_STYLE[emotion], t(`analysis.emotion.${emotion}`))}`,
  );
  if (analysis.coaching.length === 0) {
    out.push(paint('dim', t('cli.report.noCoaching')));
  } else {
    out.push(paint('bold', t('cli.report.coaching')));
    for (const code of analysis.coaching) {
      const [first = '', ...rest] = paragraph(
        t(`analysis.coaching.${code}`),
        INDENT.repeat(2),
        options.width,
        paint,
      );
      out.push(first.replace(INDENT.repeat(2), `${INDENT}${paint('yellow', '•')} `), ...rest);
    }
  }
  return out.join('\n');
}
