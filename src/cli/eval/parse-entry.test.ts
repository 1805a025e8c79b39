import { describe, expect, it } from 'vitest';
import { LABEL_VOCABULARY, parseLabelledLine } from './parse-entry.ts';

describe('parseLabelledLine', () => {
  it('reads a fixture line, ignoring the fields it does not use', () => {
    const line = JSON.stringify({
      id: 'ho-0003',
      lang: 'zh',
      source: 'cs',
      customer: '差点没赶上飞机',
      text: '请问您的航班号是多少?',
      labels: ['empathy', 'question:focused'],
      note: '…',
    });
    expect(parseLabelledLine(line, 3)).toEqual({
      ok: true,
      reply: {
        id: 'ho-0003',
        text: '请问您的航班号是多少?',
        labels: ['empathy', 'question:focused'],
        lang: 'zh',
        customer: '差点没赶上飞机',
      },
    });
  });

  it('takes a number as id, treats null as absent, and [] as a reply that should get no label', () => {
    expect(parseLabelledLine('{"id":7,"text":"Hi","labels":[],"lang":null,"customer":null}', 1)).toEqual({
      ok: true,
      reply: { id: 7, text: 'Hi', labels: [] },
    });
    expect(parseLabelledLine('{"text":"Hi","labels":["question"]}', 1)).toEqual({
      ok: true,
      reply: { id: null, text: 'Hi', labels: ['question'] },
    });
  });

  it('allows every label of the corpus vocabulary', () => {
    expect(LABEL_VOCABULARY).toEqual([
      'empathy',
      'apology',
      'question',
      'question:open',
      'question:focused',
      'question:closed',
      'restatement',
      'solution',
      'timeline',
      'followup',
      'forbidden:absolute',
      'forbidden:blame',
      'forbidden:dismissive',
      'forbidden:privacy',
      'forbidden:impatient',
    ]);
    const oneLevel = LABEL_VOCABULARY.filter((l) => l !== 'question:focused' && l !== 'question:closed');
    expect(parseLabelledLine(JSON.stringify({ text: 'x', labels: oneLevel }), 1)).toMatchObject({
      ok: true,
      reply: { labels: oneLevel },
    });
  });

  it.each([
    ['not json', 'invalid_json', /^The line is not valid JSON \(.+\)\.$/],
    ['[1]', 'not_an_object', 'Expected a JSON object such as {"id": 1, "text": "…"}, got an array.'],
    ['{"id":true,"text":"x","labels":[]}', 'invalid_id', '"id" must be a string or a number, got a boolean.'],
    ['{"labels":[]}', 'missing_text', 'The object has no "text" field.'],
    ['{"text":3,"labels":[]}', 'invalid_text', '"text" must be a string, got a number.'],
    ['{"text":"x","lang":"fr","labels":[]}', 'invalid_lang', '"lang" must be one of en, zh, got "fr".'],
    [
      '{"text":"x","customer":{},"labels":[]}',
      'invalid_customer_field',
      '"customer" must be a string, got an object.',
    ],
    [
      '{"text":"x"}',
      'missing_labels',
      'The object has no "labels" field; give [] for a reply that should get no label.',
    ],
    [
      '{"text":"x","labels":"empathy"}',
      'invalid_labels',
      '"labels" must be an array of strings, got a string.',
    ],
    [
      '{"text":"x","labels":["empathie"]}',
      'unknown_label',
      `"empathie" is not a label. Did you mean 'empathy'?`,
    ],
    [
      '{"text":"x","labels":["Forbidden:Privacy"]}',
      'unknown_label',
      `"Forbidden:Privacy" is not a label. Did you mean 'forbidden:privacy'?`,
    ],
    [
      '{"text":"x","labels":[7]}',
      'unknown_label',
      /^7 is not a label; the labels are empathy, apology, .+\.$/,
    ],
    [
      '{"text":"x","labels":["question:open","question:closed"]}',
      'several_levels',
      '"labels" gives more than one question level (question:open, question:closed); a reply asks at most one.',
    ],
  ] as const)('rejects %s with %s', (raw, code, message) => {
    const result = parseLabelledLine(raw, 12);
    if (result.ok) throw new Error(`expected a rejection of ${raw}`);
    expect(result.error).toMatchObject({ line: 12, code });
    if (typeof message === 'string') expect(result.error.error).toBe(message);
    else expect(result.error.error).toMatch(message);
  });

  it('keeps the id of a rejected line when it has one', () => {
    expect(parseLabelledLine('{"id":"b-2","text":"x","labels":["nope"]}', 2)).toMatchObject({
      ok: false,
      error: { id: 'b-2', line: 2, code: 'unknown_label' },
    });
  });
});
