import { describe, expect, it } from 'vitest';
import { readFeatures } from './features.ts';
import { findWithModel } from './forbidden-model.ts';
import {
  digestReplies,
  modelText,
  trainForbiddenModel,
  TRAINING_DEFAULTS,
  type TrainingReply,
} from './train-forbidden-model.ts';

// a small made-up corpus: cold replies that push the customer off, and helpful ones, in many wordings
const COLD = [
  'go and ask the seller about it',
  'you need to ask the seller not us',
  'ask the seller yourself please',
  'the seller handles that so ask the seller',
  'please go ask the courier about that',
  'that is for the courier so ask the courier',
];
const WARM = [
  'i will check your order right now',
  'let me look into the refund for you',
  'i can see the parcel is on its way',
  'i will contact the seller for you today',
  'thanks for waiting i have the tracking here',
  'i have asked the courier to call you',
];
const REPLIES: TrainingReply[] = [
  ...COLD.map((text) => ({ text, labels: ['forbidden:blame'] })),
  ...WARM.map((text) => ({ text, labels: [] })),
];
const OPTIONS = { ...TRAINING_DEFAULTS, epochs: 300, keepAbove: 0.05 };

describe('trainForbiddenModel', () => {
  it('learns a category from labelled replies and finds it in a new wording', () => {
    const model = trainForbiddenModel('en', REPLIES, OPTIONS);
    const read = (text: string) =>
      findWithModel(model, readFeatures(modelText(text), 'en')).map((f) => f.category);
    expect(read('just go and ask the seller yourself about it')).toEqual(['blame']);
    expect(read('i will check the parcel for you right now')).toEqual([]);
    expect(model.trainedOn).toEqual({ replies: 12, digest: digestReplies(REPLIES) });
  });

  it('gives the same model for the same replies', () => {
    expect(JSON.stringify(trainForbiddenModel('en', REPLIES, OPTIONS))).toBe(
      JSON.stringify(trainForbiddenModel('en', REPLIES, OPTIONS)),
    );
  });

  it('tells corpora apart by their digest: a changed label or text changes it', () => {
    const changed = REPLIES.map((r, i) => (i === 0 ? { ...r, labels: [] } : r));
    expect(digestReplies(changed)).not.toBe(digestReplies(REPLIES));
    expect(digestReplies(REPLIES.slice(1))).not.toBe(digestReplies(REPLIES));
  });
});
