import { describe, expect, it } from 'vitest';
import { isEvalLineError, readLabelledLine, readLabelledText } from './read-labelled.ts';

describe('readLabelledLine', () => {
  it('skips blank lines', () => {
    expect(readLabelledLine('', 1)).toBeUndefined();
    expect(readLabelledLine(' \t', 2)).toBeUndefined();
  });

  it('fills in the detected language, so evaluating the entry again reads it the same way', () => {
    const result = readLabelledLine(
      '{"id":"z","text":"您好,请问有什么可以帮您?","labels":[],"customer":"在吗"}',
      5,
    );
    if (!result || isEvalLineError(result))
      throw new Error(`expected a reply, got ${JSON.stringify(result)}`);
    expect(result).toMatchObject({
      line: 5,
      id: 'z',
      entry: { id: 'z', lang: 'zh', labels: [], customer: '在吗' },
      analysis: { lang: 'zh' },
    });
  });

  it('words an analyzer input error from the catalog and keeps the id', () => {
    expect(readLabelledLine('{"id":"e","text":"   ","labels":[]}', 3)).toEqual({
      id: 'e',
      line: 3,
      code: 'empty_text',
      error: 'The reply is empty: type at least one word.',
    });
  });
});

describe('readLabelledText', () => {
  it('numbers lines from 1 counting blank ones, past a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFF{"text":"Sorry!","labels":["empathy"]}\r\n\r\n{"text":"Hi"}\r\n';
    const { replies, rejected } = readLabelledText(text);
    expect(replies.map((r) => r.line)).toEqual([1]);
    expect(rejected).toMatchObject([{ line: 3, code: 'missing_labels' }]);
  });
});
