import { describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH } from '../../engine/scoring/index.ts';
import { analyzeOptions, isLineError, scoreLine } from './score-line.ts';

describe('scoreLine', () => {
  it('skips blank lines', () => {
    expect(scoreLine('', 1)).toBeUndefined();
    expect(scoreLine('  \t ', 2)).toBeUndefined();
  });

  it('scores a reply into flags and evidence', () => {
    const result = scoreLine('{"id":1,"text":"Please tell me the verification code we just texted you"}', 1);
    if (!result || isLineError(result)) throw new Error(`expected a score, got ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ id: 1, lang: 'en', question: true, forbidden: ['privacy'] });
    expect(result.evidence.find((e) => e.kind === 'forbidden:privacy')?.suggestion).toBeTruthy();
    expect(result.coaching).toContain('avoid_forbidden');
  });

  it('echoes a missing id as null', () => {
    expect(scoreLine('{"text":"Sorry about that!"}', 1)).toMatchObject({ id: null });
  });

  it('words analyzer input errors from the catalog and keeps the id', () => {
    const lines = [
      '{"id":"e","text":"   "}',
      `{"id":"l","text":"${'a'.repeat(MAX_REPLY_LENGTH + 1)}"}`,
      '{"id":"s","text":"bad \\ud800 half"}',
    ];
    expect(lines.map((l, i) => scoreLine(l, i + 1))).toMatchInlineSnapshot(`
      [
        {
          "code": "empty_text",
          "error": "The reply is empty: type at least one word.",
          "id": "e",
          "line": 1,
        },
        {
          "code": "text_too_long",
          "error": "The reply is 20001 characters long; the analyzer reads at most 20000.",
          "id": "l",
          "line": 2,
        },
        {
          "code": "invalid_utf16",
          "error": "The reply has a broken character at position 4.",
          "id": "s",
          "line": 3,
        },
      ]
    `);
  });

  it('uses the default language only for lines that name none', () => {
    expect(analyzeOptions({ text: 'x' }, { lang: 'zh' })).toEqual({ lang: 'zh' });
    expect(analyzeOptions({ text: 'x', lang: 'en' }, { lang: 'zh' })).toEqual({ lang: 'en' });
    expect(analyzeOptions({ text: 'x', context: { emotion: 'anger' } })).toEqual({
      context: { emotion: 'anger' },
    });
    expect(scoreLine('{"text":"ok then"}', 1, { lang: 'zh' })).toMatchObject({ lang: 'zh' });
  });

  it('passes the context through to the analyzer', () => {
    const line = JSON.stringify({ id: 1, text: 'We will look into it.', context: { emotion: 'anger' } });
    expect(scoreLine(line, 1)).toMatchObject({ customerEmotion: 'anger' });
  });
});
