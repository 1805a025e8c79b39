import { describe, expect, it } from 'vitest';
import { parseScoreLine } from './parse-line.ts';

describe('parseScoreLine', () => {
  it('reads id, text, lang and context', () => {
    const line = JSON.stringify({
      id: 'a-1',
      text: 'Sorry!',
      lang: 'en',
      context: { customer: 'Where is my parcel?', emotion: 'anxiety' },
      labels: ['ignored'],
    });
    expect(parseScoreLine(line, 1)).toMatchInlineSnapshot(`
      {
        "ok": true,
        "request": {
          "context": {
            "customer": "Where is my parcel?",
            "emotion": "anxiety",
          },
          "id": "a-1",
          "lang": "en",
          "text": "Sorry!",
        },
      }
    `);
  });

  it('treats a missing or null id, lang and context as absent', () => {
    expect(parseScoreLine('{"text":"hi","lang":null,"context":null}', 3)).toEqual({
      ok: true,
      request: { id: null, text: 'hi' },
    });
    expect(parseScoreLine('{"id":7,"text":"hi","context":{}}', 3)).toEqual({
      ok: true,
      request: { id: 7, text: 'hi', context: {} },
    });
  });

  it('reports a line that is not JSON, with the line number and no id', () => {
    const result = parseScoreLine('{"id": 1, "text": "unterminated', 4);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line: 4, code: 'invalid_json' });
    expect(result.error).not.toHaveProperty('id');
    expect(result.error.error).toMatch(/^The line is not valid JSON \(.+\)\.$/);
  });

  it('names what came instead of an object', () => {
    expect(parseScoreLine('[1,2]', 2)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "not_an_object",
          "error": "Expected a JSON object such as {"id": 1, "text": "…"}, got an array.",
          "line": 2,
        },
        "ok": false,
      }
    `);
    expect(parseScoreLine('"just text"', 2)).toMatchObject({ error: { code: 'not_an_object' } });
  });

  it('reports every malformed field with the id when it could be read', () => {
    const errors = [
      '{"id":{"x":1},"text":"hi"}',
      '{"id":1}',
      '{"id":2,"text":42}',
      '{"id":3,"text":null}',
      '{"id":4,"text":"hi","lang":"fr"}',
      '{"id":5,"text":"hi","context":"angry"}',
      '{"id":6,"text":"hi","context":{"customer":5}}',
      '{"id":7,"text":"hi","context":{"emotion":"rage"}}',
    ].map((line, i) => {
      const result = parseScoreLine(line, i + 1);
      return result.ok ? result.request : result.error;
    });
    expect(errors).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_id",
          "error": ""id" must be a string or a number, got an object.",
          "line": 1,
        },
        {
          "code": "missing_text",
          "error": "The object has no "text" field.",
          "id": 1,
          "line": 2,
        },
        {
          "code": "invalid_text",
          "error": ""text" must be a string, got a number.",
          "id": 2,
          "line": 3,
        },
        {
          "code": "invalid_text",
          "error": ""text" must be a string, got null.",
          "id": 3,
          "line": 4,
        },
        {
          "code": "invalid_lang",
          "error": ""lang" must be one of en, zh, got "fr".",
          "id": 4,
          "line": 5,
        },
        {
          "code": "invalid_context",
          "error": ""context" must be an object, got a string.",
          "id": 5,
          "line": 6,
        },
        {
          "code": "invalid_customer",
          "error": ""context.customer" must be a string, got a number.",
          "id": 6,
          "line": 7,
        },
        {
          "code": "invalid_emotion",
          "error": ""context.emotion" must be one of anger, anxiety, none, got "rage".",
          "id": 7,
          "line": 8,
        },
      ]
    `);
  });
});
