/**
 * The learned half of forbidden-phrase detection. The lexicons find the phrasings someone wrote a rule for; this
 * model, a logistic regression over words and word pairs (characters in Chinese) trained on the labelled corpora
 * (`npx parley train`), finds paraphrases no rule names yet. It only adds: a category the rules found stays found.
 */
import type { ForbiddenCategory, Lang } from '../types.ts';
import type { ReplyFeature } from './features.ts';

/** the categories the model reads; asking for a secret is left to the rules, which know a warning from a request */
export const MODEL_CATEGORIES = [
  'absolute',
  'blame',
  'dismissive',
  'impatient',
] as const satisfies readonly ForbiddenCategory[];
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** the rule id of a finding of the model: `en.dismissive.model` */
export function modelRuleId(lang: Lang, category: ModelCategory): string {
  return `${lang}.${category}.model`;
}

/** whether a forbidden hit was found by the learned model rather than by a written rule */
export function isModelRule(ruleId: string): boolean {
  return ruleId.endsWith('.model');
}

export interface ForbiddenModel {
  lang: Lang;
  /** a category is found when its probability is above this */
  threshold: number;
  /** per category: the bias, and the weight of each feature the training kept */
  categories: Record<ModelCategory, { bias: number; weights: Record<string, number> }>;
  /** what it was trained on: the number of replies, and a digest of their texts and labels */
  trainedOn: { replies: number; digest: string };
}

export interface ModelFinding {
  category: ModelCategory;
  probability: number;
  /** the features that weighed most for the category, strongest first */
  strongest: ReplyFeature[];
}

/** the weight of each feature in a reply: every feature counts once, and a long reply does not outweigh a short one */
export function featureValue(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

const SHOWN = 3;
// a reply of a few words gives the model too little to go on ("Okay.", "What error do you see?"): the rules and the
// curt-reply check read those
export const MIN_FEATURES = 7;

/**
 * The forbidden categories a reply's features point to, above the model's threshold.
 * @example
 * findWithModel(model, readFeatures("that's your opinion", 'en')) // [{ category: 'dismissive', probability: 0.8, … }]
 */
export function findWithModel(model: ForbiddenModel, features: readonly ReplyFeature[]): ModelFinding[] {
  if (features.length < MIN_FEATURES) return [];
  const value = featureValue(features.length);
  const found: ModelFinding[] = [];
  for (const category of MODEL_CATEGORIES) {
    const { bias, weights } = model.categories[category];
    let z = bias;
    const pushing: { feature: ReplyFeature; weight: number }[] = [];
    for (const f of features) {
      const w = weights[f.key];
      if (w === undefined) continue;
      z += w * value;
      if (w > 0) pushing.push({ feature: f, weight: w });
    }
    const probability = 1 / (1 + Math.exp(-z));
    if (probability <= model.threshold) continue;
    pushing.sort((a, b) => b.weight - a.weight || a.feature.start - b.feature.start);
    found.push({ category, probability, strongest: pushing.slice(0, SHOWN).map((p) => p.feature) });
  }
  return found;
}
