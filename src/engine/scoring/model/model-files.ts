/**
 * The trained forbidden-phrase models, one JSON file per language beside this one, written by `npx parley train`
 * from the labelled corpora in ../fixtures. Read here once and checked, so a hand-edited file that lost its shape
 * fails loudly instead of scoring nothing.
 */
import type { Lang } from '../types.ts';
import EN from './forbidden-en.json' with { type: 'json' };
import ZH from './forbidden-zh.json' with { type: 'json' };
import { MODEL_CATEGORIES, type ForbiddenModel } from './forbidden-model.ts';

export const MODEL_FILES: Readonly<Record<Lang, string>> = {
  en: 'forbidden-en.json',
  zh: 'forbidden-zh.json',
};

/** checks that parsed JSON is a forbidden model of `lang`; throws with what is wrong */
export function checkModel(data: unknown, lang: Lang): ForbiddenModel {
  const fail = (what: string): never => {
    throw new Error(
      `the ${lang} forbidden-phrase model (${MODEL_FILES[lang]}) ${what}; run npx parley train`,
    );
  };
  const m = data as Partial<ForbiddenModel> | null;
  if (typeof m !== 'object' || m === null) return fail('is not an object');
  if (m.lang !== lang) fail(`says lang ${String(m.lang)}`);
  if (typeof m.threshold !== 'number' || m.threshold <= 0 || m.threshold >= 1)
    fail('has no threshold between 0 and 1');
  if (typeof m.trainedOn?.digest !== 'string') fail('does not say what it was trained on');
  for (const c of MODEL_CATEGORIES) {
    const cat = m.categories?.[c];
    if (typeof cat?.bias !== 'number' || typeof cat.weights !== 'object' || cat.weights === null) {
      fail(`has no weights for '${c}'`);
    }
    for (const w of Object.values(cat?.weights ?? {}))
      if (typeof w !== 'number' || !Number.isFinite(w)) fail(`has a weight for '${c}' that is not a number`);
  }
  return m as ForbiddenModel;
}

const loaded = new Map<Lang, ForbiddenModel>();

export function getForbiddenModel(lang: Lang): ForbiddenModel {
  let model = loaded.get(lang);
  if (!model) {
    model = checkModel(lang === 'en' ? EN : ZH, lang);
    loaded.set(lang, model);
  }
  return model;
}

/**
 * Reads replies with `model` instead of the shipped model of its language, from now on: for trying a model
 * before it is shipped (`parley eval --model <dir>`). Checked as a shipped model is.
 */
export function setForbiddenModel(model: unknown, lang: Lang): void {
  loaded.set(lang, checkModel(model, lang));
}
