import { analyzeReply } from './analyze-reply.ts';
import type { AnalyzeOptions, Lang, ReplyAnalysis } from './types.ts';

/** one labelled reply of a corpus, labelled by the scoring definitions in DESIGN.md */
export interface CorpusEntry {
  id: string;
  lang: Lang;
  text: string;
  customer?: string;
  /** `empathy`, `question:open`, `forbidden:privacy`…; a bare `question` leaves the level unjudged */
  labels: string[];
  note?: string;
  source?: string;
  variant?: string;
}

/** the labels the analyzer is judged on; a question's level is judged apart */
export const LABELS = [
  'empathy',
  'apology',
  'question',
  'restatement',
  'solution',
  'timeline',
  'followup',
  'forbidden:absolute',
  'forbidden:blame',
  'forbidden:dismissive',
  'forbidden:privacy',
  'forbidden:impatient',
] as const;
export type Label = (typeof LABELS)[number];

/** the labels a corpus entry asks for, question levels folded into `question` */
export function expectedLabels(e: Pick<CorpusEntry, 'labels'>): Set<Label> {
  const out = new Set<Label>();
  for (const l of e.labels) out.add((l.startsWith('question:') ? 'question' : l) as Label);
  return out;
}

/** the labels the analyzer gave a reply */
export function predictedLabels(a: ReplyAnalysis): Set<Label> {
  const out = new Set<Label>();
  for (const s of [
    'empathy',
    'apology',
    'question',
    'restatement',
    'solution',
    'timeline',
    'followup',
  ] as const) {
    if (a[s].fired) out.add(s);
  }
  for (const f of a.forbidden) out.add(`forbidden:${f.category}`);
  return out;
}

export interface LabelScore {
  label: Label;
  tp: number;
  fp: number;
  fn: number;
  /** 1 when nothing was predicted (tp + fp = 0) */
  precision: number;
  /** 1 when nothing was expected (tp + fn = 0) */
  recall: number;
  f1: number;
}

/** a reply whose labels and analysis disagree */
export interface MisreadEntry {
  entry: CorpusEntry;
  /** labelled, not found */
  missed: Label[];
  /** found, not labelled */
  extra: Label[];
}

export interface Evaluation {
  scores: LabelScore[];
  errors: MisreadEntry[];
  /** the five forbidden categories pooled: tp, fp and fn summed before dividing */
  forbiddenMicro: { precision: number; recall: number; f1: number };
  /** replies labelled with no forbidden category that got at least one */
  safeFlagged: number;
  safeTotal: number;
  /** levelRight / levelTotal, 1 when levelTotal is 0 */
  levelAccuracy: number;
  /** replies labelled with a question level whose question the analyzer found at that level */
  levelRight: number;
  /** replies labelled with a question level whose question the analyzer found */
  levelTotal: number;
}

/** a corpus entry with the analyzer's reading of it */
export interface AnalysedEntry {
  entry: CorpusEntry;
  analysis: ReplyAnalysis;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function harmonicMean(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** the analyzer's options for a labelled reply: its language (detected when absent) and the customer's message */
export function entryOptions(entry: Pick<CorpusEntry, 'customer'> & { lang?: Lang }): AnalyzeOptions {
  return {
    ...(entry.lang ? { lang: entry.lang } : {}),
    ...(entry.customer ? { context: { customer: entry.customer } } : {}),
  };
}

/**
 * Precision, recall and F1 per label for replies already analysed, so a caller that has the analyses (and
 * rejected the replies the analyzer cannot read) does not analyse twice.
 */
export function evaluateAnalyses(results: readonly AnalysedEntry[]): Evaluation {
  const counts = new Map<Label, { tp: number; fp: number; fn: number }>(
    LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]),
  );
  const errors: MisreadEntry[] = [];
  let safeFlagged = 0;
  let safeTotal = 0;
  let levelRight = 0;
  let levelTotal = 0;
  for (const { entry, analysis } of results) {
    const want = expectedLabels(entry);
    const got = predictedLabels(analysis);
    const missed: Label[] = [];
    const extra: Label[] = [];
    for (const label of LABELS) {
      const c = counts.get(label)!;
      if (want.has(label) && got.has(label)) c.tp++;
      else if (got.has(label)) {
        c.fp++;
        extra.push(label);
      } else if (want.has(label)) {
        c.fn++;
        missed.push(label);
      }
    }
    const safe = ![...want].some((l) => l.startsWith('forbidden:'));
    if (safe) {
      safeTotal++;
      if (analysis.forbidden.length > 0) safeFlagged++;
    }
    const wantLevel = entry.labels.find((l) => l.startsWith('question:'))?.slice('question:'.length);
    if (wantLevel && analysis.question.fired) {
      levelTotal++;
      if (analysis.question.level === wantLevel) levelRight++;
    }
    if (missed.length || extra.length) errors.push({ entry, missed, extra });
  }
  const scores = LABELS.map((label) => {
    const { tp, fp, fn } = counts.get(label)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { label, tp, fp, fn, precision, recall, f1: harmonicMean(precision, recall) };
  });
  const forbidden = scores.filter((s) => s.label.startsWith('forbidden:'));
  const tp = forbidden.reduce((n, s) => n + s.tp, 0);
  const fp = forbidden.reduce((n, s) => n + s.fp, 0);
  const fn = forbidden.reduce((n, s) => n + s.fn, 0);
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return {
    scores,
    errors,
    forbiddenMicro: { precision: p, recall: r, f1: harmonicMean(p, r) },
    safeFlagged,
    safeTotal,
    levelAccuracy: ratio(levelRight, levelTotal),
    levelRight,
    levelTotal,
  };
}

/**
 * Precision, recall and F1 per label of the analyzer on a labelled corpus, with the forbidden micro-average, the
 * safe replies it flagged and how often it named a question's level right.
 *
 * @example
 * const { scores } = evaluate([{ id: 'a', lang: 'en', text: 'Sorry about that!', labels: ['empathy', 'apology'] }]);
 * scores.find((s) => s.label === 'apology')?.recall; // 1 when the apology was found
 */
export function evaluate(entries: readonly CorpusEntry[]): Evaluation {
  return evaluateAnalyses(
    entries.map((entry) => ({ entry, analysis: analyzeReply(entry.text, entryOptions(entry)) })),
  );
}
