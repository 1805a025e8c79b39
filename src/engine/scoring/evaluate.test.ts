import { describe, expect, it } from 'vitest';
import { entryOptions, evaluateAnalyses, expectedLabels, predictedLabels } from './evaluate.ts';
import type { AnalysedEntry } from './evaluate.ts';
import { analysisFinding } from './test-support/analysis-finding.ts';

function reply(id: string, labels: string[], found: Parameters<typeof analysisFinding>[1]): AnalysedEntry {
  const text = `reply ${id}`;
  return { entry: { id, lang: 'en', text, labels }, analysis: analysisFinding(text, found) };
}

const CORPUS: AnalysedEntry[] = [
  reply('a', ['empathy', 'apology', 'question:open'], { signals: ['empathy', 'question'], level: 'open' }),
  reply('b', ['solution'], { signals: ['solution', 'timeline'] }),
  reply('c', ['question:closed', 'forbidden:privacy'], {
    signals: ['question'],
    level: 'focused',
    forbidden: ['privacy', 'blame'],
  }),
  reply('d', [], { forbidden: ['impatient', 'impatient'] }),
  reply('e', ['forbidden:absolute', 'forbidden:dismissive'], { forbidden: ['absolute'] }),
  reply('f', ['question'], { signals: ['question'], level: 'closed' }),
  reply('g', ['empathy', 'question:focused'], {}),
];

describe('evaluateAnalyses', () => {
  const result = evaluateAnalyses(CORPUS);

  it('counts true positives, false positives and misses per label', () => {
    expect(result.scores.map((s) => `${s.label} ${s.tp}/${s.fp}/${s.fn}`)).toEqual([
      'empathy 1/0/1',
      'apology 0/0/1',
      'question 3/0/1',
      'restatement 0/0/0',
      'solution 1/0/0',
      'timeline 0/1/0',
      'followup 0/0/0',
      'forbidden:absolute 1/0/0',
      'forbidden:blame 0/1/0',
      'forbidden:dismissive 0/0/1',
      'forbidden:privacy 1/0/0',
      'forbidden:impatient 0/1/0',
    ]);
  });

  it('divides tp by the predictions and by the labels, 1 when there are none, and F1 is their harmonic mean', () => {
    const score = (label: string) => result.scores.find((s) => s.label === label);
    expect(score('empathy')).toMatchObject({ precision: 1, recall: 0.5 });
    expect(score('empathy')?.f1).toBeCloseTo(2 / 3);
    expect(score('question')).toMatchObject({ precision: 1, recall: 0.75 });
    // nothing predicted: precision 1 by convention, a miss makes F1 0
    expect(score('apology')).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(score('timeline')).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(score('restatement')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('pools the five forbidden categories before dividing (micro average)', () => {
    // tp 2 (privacy, absolute), fp 2 (blame, impatient), fn 1 (dismissive)
    expect(result.forbiddenMicro.precision).toBe(0.5);
    expect(result.forbiddenMicro.recall).toBeCloseTo(2 / 3);
    expect(result.forbiddenMicro.f1).toBeCloseTo(4 / 7);
  });

  it('counts the replies labelled safe that got a forbidden category, once each', () => {
    expect({ flagged: result.safeFlagged, total: result.safeTotal }).toEqual({ flagged: 1, total: 5 });
  });

  it('judges question levels only where a level is labelled and a question was found', () => {
    // a: open = open; c: closed ≠ focused; f has a bare `question`; g's question was missed
    expect({ right: result.levelRight, total: result.levelTotal, accuracy: result.levelAccuracy }).toEqual({
      right: 1,
      total: 2,
      accuracy: 0.5,
    });
  });

  it('lists each misread reply with what it missed and what it added', () => {
    expect(result.errors.map(({ entry, missed, extra }) => ({ id: entry.id, missed, extra }))).toEqual([
      { id: 'a', missed: ['apology'], extra: [] },
      { id: 'b', missed: [], extra: ['timeline'] },
      { id: 'c', missed: [], extra: ['forbidden:blame'] },
      { id: 'd', missed: [], extra: ['forbidden:impatient'] },
      { id: 'e', missed: ['forbidden:dismissive'], extra: [] },
      { id: 'g', missed: ['empathy', 'question'], extra: [] },
    ]);
    expect(result.errors[0]?.entry).toBe(CORPUS[0]?.entry);
  });

  it('gives 1 for every ratio of an empty corpus', () => {
    const empty = evaluateAnalyses([]);
    expect(empty.scores.every((s) => s.precision === 1 && s.recall === 1 && s.f1 === 1)).toBe(true);
    expect(empty).toMatchObject({
      safeFlagged: 0,
      safeTotal: 0,
      levelAccuracy: 1,
      levelTotal: 0,
      errors: [],
    });
  });
});

describe('labels', () => {
  it('folds question levels into question', () => {
    expect([...expectedLabels({ labels: ['question:open', 'empathy', 'question'] })]).toEqual([
      'question',
      'empathy',
    ]);
  });

  it('reads the signals that fired and each forbidden category', () => {
    const found = analysisFinding('x', {
      signals: ['apology', 'followup'],
      forbidden: ['blame', 'privacy', 'blame'],
    });
    expect([...predictedLabels(found)]).toEqual([
      'apology',
      'followup',
      'forbidden:blame',
      'forbidden:privacy',
    ]);
  });
});

describe('entryOptions', () => {
  it("passes the reply's language and the customer's message to the analyzer, and leaves out what is empty", () => {
    expect(entryOptions({ lang: 'zh', customer: '我的订单呢?' })).toEqual({
      lang: 'zh',
      context: { customer: '我的订单呢?' },
    });
    expect(entryOptions({ customer: '' })).toEqual({});
  });
});
