import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeReply } from '../analyze-reply.ts';
import type { ReplyAnalysis } from '../types.ts';

/** one labelled reply of a fixture corpus */
export interface CorpusEntry {
  id: string;
  lang: 'en' | 'zh';
  text: string;
  customer?: string;
  labels: string[];
  note?: string;
  source?: string;
  variant?: string;
}

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

export function loadCorpus(name: string): CorpusEntry[] {
  const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusEntry);
}

export function expectedLabels(e: CorpusEntry): Set<Label> {
  const out = new Set<Label>();
  for (const l of e.labels) out.add((l.startsWith('question:') ? 'question' : l) as Label);
  return out;
}

export function predictedLabels(a: ReplyAnalysis): Set<Label> {
  const out = new Set<Label>();
  for (const s of ['empathy', 'apology', 'question', 'restatement', 'solution', 'timeline', 'followup'] as const) {
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
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  scores: LabelScore[];
  errors: { entry: CorpusEntry; missed: Label[]; extra: Label[] }[];
  forbiddenMicro: { precision: number; recall: number; f1: number };
  safeFlagged: number;
  safeTotal: number;
  levelAccuracy: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** precision, recall and F1 per label of the analyzer on a corpus */
export function evaluate(entries: readonly CorpusEntry[]): Evaluation {
  const counts = new Map<Label, { tp: number; fp: number; fn: number }>(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const errors: Evaluation['errors'] = [];
  let safeFlagged = 0;
  let safeTotal = 0;
  let levelRight = 0;
  let levelTotal = 0;
  for (const entry of entries) {
    const analysis = analyzeReply(entry.text, {
      lang: entry.lang,
      ...(entry.customer ? { context: { customer: entry.customer } } : {}),
    });
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
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
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
    forbiddenMicro: { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) },
    safeFlagged,
    safeTotal,
    levelAccuracy: ratio(levelRight, levelTotal),
  };
}

export function formatEvaluation(name: string, e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${name}: label            P       R      F1   (tp/fp/fn)`];
  for (const s of e.scores) {
    lines.push(`  ${s.label.padEnd(22)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  lines.push(
    `  forbidden micro       ${pct(e.forbiddenMicro.precision)}${pct(e.forbiddenMicro.recall)}${pct(e.forbiddenMicro.f1)}`,
    `  safe replies flagged  ${e.safeFlagged}/${e.safeTotal}; question level accuracy ${pct(e.levelAccuracy)}`,
  );
  return lines.join('\n');
}
