import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../test-support/corpus.ts';
import { LANGS } from '../types.ts';
import { checkModel, getForbiddenModel } from './model-files.ts';
import { digestReplies } from './train-forbidden-model.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('the shipped forbidden-phrase models', () => {
  // `parley train` with no files reads every corpus in name order: the same replies give the same digest
  const corpora = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .flatMap((n) => loadCorpus(n));

  it.each(LANGS)('the %s model was trained on the current corpora (else run npx parley train)', (lang) => {
    const replies = corpora.filter((e) => e.lang === lang);
    expect(getForbiddenModel(lang).trainedOn.digest, 'stale model: run npx parley train').toBe(
      digestReplies(replies),
    );
  });

  it('rejects a model file that lost its shape, saying what is wrong', () => {
    const good = getForbiddenModel('en');
    expect(() => checkModel(null, 'en')).toThrow(
      /forbidden-en\.json\) is not an object; run npx parley train/,
    );
    expect(() => checkModel({ ...good, lang: 'zh' }, 'en')).toThrow(/says lang zh/);
    expect(() => checkModel({ ...good, threshold: 2 }, 'en')).toThrow(/threshold/);
    const noBlame = { ...good, categories: { ...good.categories, blame: undefined } };
    expect(() => checkModel(noBlame, 'en')).toThrow(/no weights for 'blame'/);
    const badWeight = {
      ...good,
      categories: { ...good.categories, blame: { bias: 0, weights: { 'w:x': 'heavy' } } },
    };
    expect(() => checkModel(badWeight, 'en')).toThrow(/not a number/);
  });
});
