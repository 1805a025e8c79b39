import { describe, expect, it } from 'vitest';
import { readFeatures } from './features.ts';
import { findWithModel, MIN_FEATURES, type ForbiddenModel } from './forbidden-model.ts';

const none = { bias: -4, weights: {} };
const MODEL: ForbiddenModel = {
  lang: 'en',
  threshold: 0.6,
  categories: {
    absolute: none,
    blame: none,
    impatient: none,
    dismissive: { bias: -2, weights: { 'b:your opinion': 9, 'w:opinion': 3, 'w:sorry': -4 } },
  },
  trainedOn: { replies: 0, digest: '0-00000000' },
};

describe('findWithModel', () => {
  it('finds a category whose features outweigh its bias, with the strongest features first', () => {
    const text = 'well that is just your opinion my friend';
    const [found, ...rest] = findWithModel(MODEL, readFeatures(text, 'en'));
    expect(rest).toEqual([]);
    expect(found?.category).toBe('dismissive');
    expect(found?.probability).toBeGreaterThan(0.6);
    expect(found?.strongest.map((f) => text.slice(f.start, f.end))).toEqual(['your opinion', 'opinion']);
  });

  it('is held back by features that weigh against the category', () => {
    expect(findWithModel(MODEL, readFeatures('so sorry, that is just your opinion my friend', 'en'))).toEqual(
      [],
    );
  });

  it('leaves a reply of a few words to the rules', () => {
    const short = 'your opinion';
    expect(readFeatures(short, 'en').length).toBeLessThan(MIN_FEATURES);
    expect(findWithModel(MODEL, readFeatures(short, 'en'))).toEqual([]);
  });
});
