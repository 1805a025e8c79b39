/**
 * Trains the forbidden-phrase model of one language: one logistic regression per category over the features of
 * `readFeatures`, fitted by full-batch gradient descent with an L2 penalty. Deterministic: the same replies in the
 * same order give the same model. No JavaScript library fits a sparse logistic regression (ml-logistic-regression
 * takes a dense matrix: 4,000 replies by 10,000 features would be 320 MB), so the 30 lines are here.
 */
import { normalizeText } from '../normalize.ts';
import { maskQuoted, maskReportedSpeech } from '../mask.ts';
import type { Lang } from '../types.ts';
import { readFeatures } from './features.ts';
import { featureValue, MODEL_CATEGORIES, type ForbiddenModel } from './forbidden-model.ts';

export interface TrainingReply {
  text: string;
  customer?: string;
  /** the labels of the reply, as in the corpora: `forbidden:blame`… */
  labels: readonly string[];
}

export interface TrainingOptions {
  /** a feature is learned only if at least this many replies have it */
  minCount: number;
  epochs: number;
  learningRate: number;
  /** the L2 penalty */
  penalty: number;
  /** weights smaller than this are dropped: they change little and would make the model file large */
  keepAbove: number;
  threshold: number;
}

export const TRAINING_DEFAULTS: TrainingOptions = {
  minCount: 2,
  epochs: 1500,
  learningRate: 20,
  penalty: 1e-5,
  keepAbove: 0.6,
  threshold: 0.6,
};

/** the text the model reads: normalised, quotes and the customer's words blanked, as the forbidden rules read it */
export function modelText(text: string, customer?: string): string {
  const norm = normalizeText(text).text;
  return maskReportedSpeech(maskQuoted(norm), customer ? normalizeText(customer).text : undefined);
}

/**
 * A digest of the training replies as the model reads them (FNV-1a over the masked, normalised texts and the
 * labels), to tell a stale model: a new reply, a new label, or a change to normalising or masking all change it.
 */
export function digestReplies(replies: readonly TrainingReply[]): string {
  let h = 0x811c9dc5;
  for (const r of replies) {
    const s = `${modelText(r.text, r.customer)}\u0000${[...r.labels].sort().join(',')}\u0001`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return `${replies.length}-${h.toString(16).padStart(8, '0')}`;
}

export function trainForbiddenModel(
  lang: Lang,
  replies: readonly TrainingReply[],
  options: TrainingOptions = TRAINING_DEFAULTS,
): ForbiddenModel {
  const featureSets = replies.map((r) => readFeatures(modelText(r.text, r.customer), lang).map((f) => f.key));
  const counts = new Map<string, number>();
  for (const keys of featureSets) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((k) => (counts.get(k) as number) >= options.minCount).sort();
  const index = new Map(vocabulary.map((k, i) => [k, i]));
  // the replies as rows of feature indices, each with the one value all its features share
  const rows = featureSets.map((keys) => keys.flatMap((k) => (index.has(k) ? [index.get(k) as number] : [])));
  const values = featureSets.map((keys) => featureValue(keys.length));

  const categories = {} as ForbiddenModel['categories'];
  for (const category of MODEL_CATEGORIES) {
    const y = replies.map((r) => (r.labels.includes(`forbidden:${category}`) ? 1 : 0));
    const { weights, bias } = fit(rows, values, y, vocabulary.length, options);
    const kept: Record<string, number> = {};
    weights.forEach((w, i) => {
      if (Math.abs(w) >= options.keepAbove) kept[vocabulary[i] as string] = Math.round(w * 100) / 100;
    });
    categories[category] = { bias: Math.round(bias * 1000) / 1000, weights: kept };
  }
  return {
    lang,
    threshold: options.threshold,
    categories,
    trainedOn: { replies: replies.length, digest: digestReplies(replies) },
  };
}

function fit(
  rows: readonly number[][],
  values: readonly number[],
  y: readonly number[],
  size: number,
  { epochs, learningRate, penalty }: TrainingOptions,
): { weights: Float64Array; bias: number } {
  const n = rows.length;
  const w = new Float64Array(size);
  const gradient = new Float64Array(size);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let r = 0; r < n; r++) {
      const row = rows[r] as number[];
      const v = values[r] as number;
      let z = bias;
      for (const f of row) z += (w[f] as number) * v;
      const g = 1 / (1 + Math.exp(-z)) - (y[r] as number);
      biasGradient += g;
      for (const f of row) gradient[f] = (gradient[f] as number) + g * v;
    }
    for (let f = 0; f < size; f++) {
      w[f] = (w[f] as number) - learningRate * ((gradient[f] as number) / n + penalty * (w[f] as number));
    }
    bias -= (learningRate * biasGradient) / n;
  }
  return { weights: w, bias };
}
