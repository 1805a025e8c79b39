import { t } from '../i18n.ts';
import { countOf } from '../scenario/format-issues.ts';
import { createPaint, displayWidth, printable, shortenText, wrapText } from '../terminal-text.ts';
import type { Paint } from '../terminal-text.ts';
import { evaluateAll, figuresOf, misreadReplies } from './eval-report.ts';
import type { EvaluatedFile, EvaluatedSet, RatioFigures } from './eval-report.ts';

export interface FormatReportOptions {
  color: boolean;
  /** terminal columns, for shortening the replies listed with `errors` */
  width: number;
  /** list each misread reply under its file's figures */
  errors: boolean;
}

const INDENT = '  ';
// 'forbidden:dismissive' and 'forbidden (micro)' fit with room to spare
const LABEL_COLUMN = 22;
const RATIO_COLUMN = 7;
const COUNT_COLUMN = 6;

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}`;
}

function percentText(value: number | null): string {
  return value === null ? '–' : `${percent(value)}%`;
}

function row(label: string, figures: RatioFigures, paint: Paint, labelStyle?: 'bold'): string {
  // a label nobody gave and nothing found says nothing about the analyzer: the whole row is dim
  const empty = figures.tp + figures.fp + figures.fn === 0;
  const cellPaint: Paint = empty ? (_styles, text) => text : paint;
  const ratios = [figures.precision, figures.recall, figures.f1].map((v) => {
    const cell = padStart(percent(v), RATIO_COLUMN);
    return v === null ? cellPaint('dim', cell) : cell;
  });
  const counts = [figures.tp, figures.fp, figures.fn].map((n) => padStart(String(n), COUNT_COLUMN));
  const name = padEnd(label, LABEL_COLUMN);
  const line = `${INDENT}${labelStyle ? cellPaint(labelStyle, name) : name}${ratios.join('')} ${counts.join('')}`;
  return empty ? paint('dim', line) : line;
}

function header(paint: Paint): string {
  const h = (key: string) => t(`cli.eval.header.${key}`);
  const ratios = ['precision', 'recall', 'f1'].map((k) => padStart(h(k), RATIO_COLUMN)).join('');
  const counts = ['tp', 'fp', 'fn'].map((k) => padStart(h(k), COUNT_COLUMN)).join('');
  return paint('dim', `${INDENT}${padEnd(h('label'), LABEL_COLUMN)}${ratios} ${counts}`);
}

/** the figures of one set: the per-label table, the forbidden micro-average, safe replies flagged, levels */
function formatFigures(title: string, set: EvaluatedSet, paint: Paint): string[] {
  const figures = figuresOf(set);
  const replies = countOf('reply', figures.replies);
  const heading =
    figures.rejected === 0
      ? t('cli.eval.title', { name: title, replies })
      : t('cli.eval.titleRejected', { name: title, replies, rejected: countOf('line', figures.rejected) });
  const lines = [paint('bold', heading), header(paint)];
  for (const [label, ratios] of Object.entries(figures.labels)) lines.push(row(label, ratios, paint));
  lines.push(row(t('cli.eval.forbiddenMicro'), figures.forbiddenMicro, paint, 'bold'));
  const { safeReplies, questionLevel } = figures;
  lines.push(
    `${INDENT}${t('cli.eval.safeFlagged', { flagged: safeReplies.flagged, total: safeReplies.total, rate: percentText(safeReplies.rate) })}`,
    `${INDENT}${t('cli.eval.levelAccuracy', { accuracy: percentText(questionLevel.accuracy), right: questionLevel.right, total: questionLevel.total })}`,
  );
  return lines;
}

/** each misread reply: where it is, its id, what was missed and what was extra, then the reply shortened */
function formatMisread(file: EvaluatedFile, options: FormatReportOptions, paint: Paint): string[] {
  const misread = misreadReplies(file);
  if (misread.length === 0) return [`${INDENT}${t('cli.eval.noMisread')}`];
  const lines = [`${INDENT}${paint('bold', t('cli.eval.misread', { count: misread.length }))}`];
  for (const reply of misread) {
    const parts = [
      paint('dim', `${printable(file.file)}:${reply.line}`),
      reply.id === null ? paint('dim', t('cli.eval.noId')) : printable(String(reply.id)),
    ];
    if (reply.missed.length > 0)
      parts.push(paint('yellow', t('cli.eval.missed', { labels: reply.missed.join(', ') })));
    if (reply.extra.length > 0)
      parts.push(paint('red', t('cli.eval.extra', { labels: reply.extra.join(', ') })));
    const textIndent = INDENT.repeat(3);
    lines.push(
      `${INDENT.repeat(2)}${parts.join('  ')}`,
      `${textIndent}${shortenText(reply.text, options.width - textIndent.length)}`,
    );
  }
  return lines;
}

/**
 * `parley eval` for a terminal: for each file, then for all together when there are several, the precision,
 * recall and F1 of every label, the forbidden micro-average, the safe replies flagged and the question levels;
 * with `errors`, the misread replies under each file's figures.
 */
export function formatReport(files: readonly EvaluatedFile[], options: FormatReportOptions): string {
  const paint = createPaint(options.color);
  const blocks: string[][] = [];
  for (const file of files) {
    const block = formatFigures(printable(file.file), file, paint);
    if (options.errors) block.push('', ...formatMisread(file, options, paint));
    blocks.push(block);
  }
  if (files.length > 1) {
    blocks.push(
      formatFigures(
        t('cli.eval.allFiles', { files: countOf('file', files.length) }),
        evaluateAll(files),
        paint,
      ),
    );
  }
  blocks.push(wrapText(t('cli.eval.legend'), options.width).map((line) => paint('dim', line)));
  return blocks.map((block) => block.join('\n')).join('\n\n');
}
