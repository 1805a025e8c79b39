import { describe, expect, it } from 'vitest';
import { analysisFinding } from '../test-support/sample-analyses.ts';
import { evaluateAll, evaluateFile, figuresOf, misreadReplies, toEvalJson } from './eval-report.ts';
import type { LabelledReply } from './read-labelled.ts';

function reply(
  line: number,
  id: LabelledReply['id'],
  labels: string[],
  found: Parameters<typeof analysisFinding>[1],
): LabelledReply {
  const text = `reply on line ${line}`;
  return {
    line,
    id,
    entry: { id: id === null ? '' : String(id), lang: 'en', text, labels },
    analysis: analysisFinding(text, found),
  };
}

const TEAM = evaluateFile('team.jsonl', {
  replies: [
    reply(1, 'r1', ['empathy', 'question:focused'], { signals: ['empathy', 'question'], level: 'focused' }),
    reply(2, null, ['solution'], { signals: ['solution', 'timeline'] }),
    reply(4, 'r3', ['forbidden:privacy', 'question:closed'], { signals: ['question'], level: 'open' }),
  ],
  rejected: [{ line: 3, code: 'missing_labels', error: 'The object has no "labels" field.' }],
});
const MORE = evaluateFile('more.jsonl', {
  replies: [reply(1, 7, [], { forbidden: ['impatient'] })],
  rejected: [],
});

describe('figuresOf', () => {
  it('gives counts, and ratios only where there is something to divide by', () => {
    const figures = figuresOf(TEAM);
    expect(figures.labels.empathy).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(figures.labels.timeline).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(figures.labels.restatement).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: null,
      recall: null,
      f1: null,
    });
    expect(figures.forbiddenMicro).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(figures).toMatchObject({
      replies: 3,
      rejected: 1,
      safeReplies: { flagged: 0, total: 2, rate: 0 },
      questionLevel: { right: 1, total: 2, accuracy: 0.5 },
    });
  });

  it('pools the replies of all files before dividing', () => {
    const all = figuresOf(evaluateAll([TEAM, MORE]));
    expect(all).toMatchObject({
      replies: 4,
      rejected: 1,
      safeReplies: { flagged: 1, total: 3 },
      forbiddenMicro: { tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 },
    });
  });
});

describe('misreadReplies', () => {
  it('locates each misread reply by its line and id', () => {
    expect(misreadReplies(TEAM)).toEqual([
      { line: 2, id: null, text: 'reply on line 2', missed: [], extra: ['timeline'] },
      { line: 4, id: 'r3', text: 'reply on line 4', missed: ['forbidden:privacy'], extra: [] },
    ]);
  });
});

describe('toEvalJson', () => {
  it('gives each file, all together and the rejected lines, and the misread replies only when asked', () => {
    const json = toEvalJson([TEAM, MORE], { errors: false });
    expect(Object.keys(json)).toEqual(['files', 'all', 'rejectedLines']);
    expect(json.files.map((f) => Object.keys(f))).toEqual([
      ['file', 'replies', 'rejected', 'labels', 'forbiddenMicro', 'safeReplies', 'questionLevel'],
      ['file', 'replies', 'rejected', 'labels', 'forbiddenMicro', 'safeReplies', 'questionLevel'],
    ]);
    expect(json.all).toMatchObject({ files: 2, replies: 4 });
    expect(json.rejectedLines).toEqual([
      { file: 'team.jsonl', line: 3, code: 'missing_labels', error: 'The object has no "labels" field.' },
    ]);
    const withErrors = toEvalJson([MORE], { errors: true });
    expect(withErrors.files[0]?.errors).toEqual([
      { line: 1, id: 7, text: 'reply on line 1', missed: [], extra: ['forbidden:impatient'] },
    ]);
    expect(JSON.parse(JSON.stringify(withErrors))).toEqual(withErrors);
  });
});
