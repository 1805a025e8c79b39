import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatPath, type ScenarioIssue } from './issues.ts';
import { MAX_SCENARIO_BYTES, parseScenario, type ParseResult } from './parse-scenario.ts';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');

/** a small valid scenario whose lines are easy to count */
const BASE = `id: refund-case
version: 1
locales: [en]
title: { en: Refund }
summary: { en: A refund case. }
skills: [empathy]
difficulty: 1
persona: { name: { en: Sam }, mood: 5, patience: 60 }
actions: [refund]
beats:
  greet:
    rules:
      - when: empathy
        next: refund
      - when: forbidden
        next: failed
      - when: question
        next: refund
      - say: [{ en: Hm. }]
  refund:
    rules:
      - on: action
        when: { action: refund }
        next: resolved
      - say: [{ en: Well? }]
ends:
  resolved: { note: { en: Done. } }
  failed: { note: { en: Failed. } }
rubric:
  weights: { empathy: 50, clarification: 0, compliance: 50, resolution: 0, timeliness: 0 }
`;

/** the issues, or a failure that says the text parsed */
function issuesOf(result: ParseResult): ScenarioIssue[] {
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.issues;
}

/** the parts of an issue a trainer sees, with the path as the CLI prints it */
function shape(issue: ScenarioIssue) {
  return {
    code: issue.code,
    path: formatPath(issue.path),
    line: issue.line,
    column: issue.column,
    message: issue.message,
  };
}

describe('parseScenario: valid files', () => {
  it('reads the mini fixture with its defaults filled in', () => {
    const result = parseScenario(MINI);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.scenario.beats)).toEqual(['opening', 'fix']);
    expect(result.scenario.persona.leavesAt).toBe(10);
    expect(result.scenario.maxTurns).toBe(12);
    expect(result.scenario.beats.fix?.rules[0]?.on).toBe('action');
    expect(result.scenario.beats.opening?.rules[0]?.on).toBe('reply');
  });

  it('reads the JSON form of the same scenario into the same value', () => {
    const fromYaml = parseScenario(MINI);
    const fromJson = parseScenario(JSON.stringify(parseYaml(MINI), null, 2));
    expect(fromJson.ok && fromYaml.ok).toBe(true);
    if (!fromJson.ok || !fromYaml.ok) return;
    expect(fromJson.scenario).toEqual(fromYaml.scenario);
  });

  it('reads minified JSON too', () => {
    const result = parseScenario(JSON.stringify(parseYaml(BASE)));
    expect(result.ok).toBe(true);
  });

  it('ignores a byte-order mark, so columns on the first line match the editor', () => {
    const result = parseScenario(`\ufeff${BASE.replace('id: refund-case', 'id: Refund Case')}`);
    expect(issuesOf(result).map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_text",
          "column": 5,
          "line": 1,
          "message": "the id is lower-case letters, digits and dashes, like login-failure-angry",
          "path": "id",
        },
      ]
    `);
  });

  it('locates a scenario path: values at the value, collections at their key', () => {
    const result = parseScenario(BASE);
    if (!result.ok) throw new Error('base must parse');
    expect(result.locate(['beats', 'greet', 'rules', 2, 'next'])).toEqual({ line: 18, column: 15 });
    expect(result.locate(['beats', 'refund'])).toEqual({ line: 20, column: 3 });
    expect(result.locate(['beats', 'refund', 'rules', 0])).toEqual({ line: 22, column: 9 });
    // a path past what exists points at the deepest part that does
    expect(result.locate(['ends', 'resolved', 'note', 'zh-CN'])).toEqual({ line: 27, column: 15 });
    expect(result.locate(['beats', 'greet', 'rules', 0, 'next'], 'key')).toEqual({ line: 14, column: 9 });
    expect(result.locate([])).toEqual({ line: 1, column: 1 });
  });
});

describe('parseScenario: mistakes, each with its place in the file', () => {
  it('suggests the field meant by an unknown one', () => {
    const issues = issuesOf(parseScenario(BASE.replace('        next: failed', '        nxt: failed')));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_field",
          "column": 9,
          "line": 16,
          "message": "unknown field 'nxt'; did you mean 'next'?",
          "path": "beats.greet.rules[1].nxt",
        },
      ]
    `);
    expect(issues[0]?.params).toEqual({ field: 'nxt', suggestion: 'next' });
  });

  it('suggests the signal meant by an unknown one', () => {
    const issues = issuesOf(parseScenario(BASE.replace('when: empathy', 'when: empathi')));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_signal",
          "column": 15,
          "line": 13,
          "message": "unknown signal 'empathi'; did you mean 'empathy'?",
          "path": "beats.greet.rules[0].when",
        },
      ]
    `);
    expect(issues[0]?.params).toEqual({ signal: 'empathi', suggestion: 'empathy' });
  });

  it('suggests the signal inside an all / any list', () => {
    const issues = issuesOf(
      parseScenario(BASE.replace('when: empathy', 'when: { any: [apology, qestion] }')),
    );
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_signal",
          "column": 32,
          "line": 13,
          "message": "unknown signal 'qestion'; did you mean 'question'?",
          "path": "beats.greet.rules[0].when.any[1]",
        },
      ]
    `);
  });

  it('suggests the action meant by an unknown one, written as text or as an object', () => {
    const asText = issuesOf(parseScenario(BASE.replace('when: empathy', "when: 'action: refnd'")));
    expect(asText.map((i) => [i.code, formatPath(i.path), i.message])).toEqual([
      ['unknown_action', 'beats.greet.rules[0].when', "unknown action 'refnd'; did you mean 'refund'?"],
    ]);
    const asObject = issuesOf(
      parseScenario(BASE.replace('when: { action: refund }', 'when: { action: refnd }')),
    );
    expect(asObject.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_value",
          "column": 25,
          "line": 23,
          "message": "the text "refnd" is not allowed here; did you mean 'refund'?",
          "path": "beats.refund.rules[0].when.action",
        },
      ]
    `);
  });

  it('explains a comparison it cannot read', () => {
    const issues = issuesOf(parseScenario(BASE.replace('when: empathy', "when: 'mood => 7'")));
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid_comparison', "'mood => 7' is not a comparison; write it like 'mood >= 7' or 'turn >= 3'"],
    ]);
  });

  it('names an unknown beat and the one that was meant', () => {
    const issues = issuesOf(
      parseScenario(
        BASE.replace(
          '      - when: question\n        next: refund',
          '      - when: question\n        next: refnd',
        ),
      ),
    );
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_beat",
          "column": 15,
          "line": 18,
          "message": "unknown beat 'refnd'; did you mean 'refund'?",
          "path": "beats.greet.rules[2].next",
        },
      ]
    `);
    expect(issues[0]?.message).toBe("unknown beat 'refnd'; did you mean 'refund'?");
    expect(formatPath(issues[0]?.path ?? [])).toBe('beats.greet.rules[2].next');
  });

  it('lists the known beats when nothing is close', () => {
    const issues = issuesOf(parseScenario(BASE.replace('next: failed', 'next: elsewhere')));
    expect(issues[0]?.message).toBe(
      "unknown beat 'elsewhere'; known beats and ends: greet, refund, resolved, failed",
    );
  });

  it('refuses a start that is an end, or that does not exist', () => {
    const atEnd = issuesOf(parseScenario(`${BASE}start: resolved\n`));
    expect(atEnd.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "start_is_end",
          "column": 8,
          "line": 31,
          "message": "'resolved' is an end, so the conversation would be over before it starts; start at a beat",
          "path": "start",
        },
      ]
    `);
    const unknown = issuesOf(parseScenario(`${BASE}start: gret\n`));
    expect(unknown.map((i) => [i.code, i.message, i.params])).toEqual([
      [
        'unknown_beat',
        "the start beat 'gret' does not exist; did you mean 'greet'?",
        { beat: 'gret', suggestion: 'greet' },
      ],
    ]);
  });

  it('names a missing required field at the object that lacks it', () => {
    const issues = issuesOf(parseScenario(BASE.replace('  refund:\n    rules:', '  refund:\n    rulez:')));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_field",
          "column": 3,
          "line": 20,
          "message": "'rules' is required",
          "path": "beats.refund.rules",
        },
        {
          "code": "unknown_field",
          "column": 5,
          "line": 21,
          "message": "unknown field 'rulez'; did you mean 'rules'?",
          "path": "beats.refund.rulez",
        },
      ]
    `);
  });

  it('says what type was expected and what it got', () => {
    const issues = issuesOf(parseScenario(BASE.replace('difficulty: 1', 'difficulty: hard')));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "wrong_type",
          "column": 13,
          "line": 7,
          "message": "expected number, got the text "hard"",
          "path": "difficulty",
        },
      ]
    `);
  });

  it('refuses a value outside its range', () => {
    const issues = issuesOf(parseScenario(BASE.replace('mood: 5', 'mood: 15')));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.line, i.column])).toEqual([
      ['too_big', 'persona.mood', 8, 37],
    ]);
  });

  it('reports an end without an outcome', () => {
    const issues = issuesOf(
      parseScenario(
        BASE.replace('  failed: { note', '  blew-it: { note').replace('next: failed', 'next: blew-it'),
      ),
    );
    expect(issues.map((i) => [i.code, formatPath(i.path), i.line])).toEqual([
      ['end_outcome_missing', 'ends.blew-it', 28],
    ]);
  });

  it('reports a beat and an end with the same id', () => {
    const text = BASE.replace('ends:\n', 'ends:\n  refund: { outcome: resolved, note: { en: Done. } }\n');
    const issues = issuesOf(parseScenario(text));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.line])).toEqual([
      ['id_clash', 'ends.refund', 27],
    ]);
  });
});

describe('parseScenario: hostile input is refused quickly with a clear code', () => {
  it('refuses a YAML alias bomb (billion laughs)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`);
    }
    const issues = issuesOf(parseScenario(levels.join('\n')));
    expect(issues.map((i) => i.code)).toEqual(['alias_bomb']);
  });

  it('refuses thousands of aliases before resolving them', () => {
    const text = `a: &a x\nb: [${Array.from({ length: 5000 }, () => '*a').join(', ')}]\n`;
    const issues = issuesOf(parseScenario(text));
    expect(issues.map((i) => [i.code, i.line])).toEqual([['alias_bomb', 2]]);
  });

  it('refuses an alias with no anchor, at the alias', () => {
    const issues = issuesOf(parseScenario('id: x\ntitle: *nowhere\n'));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_alias",
          "column": 8,
          "line": 2,
          "message": "the alias '*nowhere' has no anchor '&nowhere' before it; define the anchor first or write the value out",
          "path": "",
        },
      ]
    `);
  });

  it('refuses a 10 MB file without reading it', () => {
    const issues = issuesOf(parseScenario(`${BASE}# ${'x'.repeat(10 * 1024 * 1024)}\n`));
    expect(issues.map((i) => [i.code, i.params?.max])).toEqual([['file_too_large', MAX_SCENARIO_BYTES]]);
  });

  it('refuses 10,000 nested lists and objects, in flow and JSON style', () => {
    for (const text of [
      '['.repeat(10_000),
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    ]) {
      const issues = issuesOf(parseScenario(text));
      expect(issues.map((i) => i.code)).toEqual(['too_deep']);
      expect(issues[0]?.line).toBe(1);
    }
  });

  it('refuses 10,000 nested block lists on one line', () => {
    const issues = issuesOf(parseScenario(`${'- '.repeat(10_000)}x\n`));
    expect(issues.map((i) => [i.code, i.line])).toEqual([['too_deep', 1]]);
  });

  it('refuses deeply indented objects, at the line where they get too deep', () => {
    // 1,000 levels fit in the size limit; 10,000 levels are too large already
    const nest = (levels: number) =>
      Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(issuesOf(parseScenario(nest(1_000))).map((i) => [i.code, i.line])).toEqual([['too_deep', 101]]);
    expect(issuesOf(parseScenario(nest(10_000))).map((i) => i.code)).toEqual(['file_too_large']);
  });

  it('refuses nesting past 40 levels that the scan lets through', () => {
    const issues = issuesOf(parseScenario(`id: ${'['.repeat(60)}${']'.repeat(60)}\n`));
    expect(issues.map((i) => i.code)).toEqual(['too_deep']);
  });

  it('does not mistake brackets in prose or quotes for nesting', () => {
    // in block style plain text may hold brackets; in flow style only quoted text may
    const text = BASE.replace('[{ en: Hm. }]', `[{ en: "${'['.repeat(300)}" }]`).replace(
      '      - say: [{ en: Well? }]',
      `      - say:\n          - en: Well ${'['.repeat(300)} {{{\n            # ${'{'.repeat(300)}`,
    );
    expect(parseScenario(text).ok).toBe(true);
  });

  it('refuses binary junk, at the first control character', () => {
    // a fixed pseudo-random byte string with NULs in it
    let seed = 7;
    const bytes = Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    });
    bytes[100] = 0;
    const asLatin1 = String.fromCharCode(...bytes);
    const asUtf8 = new TextDecoder().decode(new Uint8Array(bytes));
    for (const text of [asLatin1, asUtf8, 'id: x\n\u0000\u0001']) {
      const issues = issuesOf(parseScenario(text));
      expect(issues.map((i) => i.code)).toEqual(['not_text']);
      expect(issues[0]?.line).toBeGreaterThanOrEqual(1);
    }
    expect(issuesOf(parseScenario('id: x\nsummary: a\u0000b\n'))[0]).toMatchObject({
      code: 'not_text',
      line: 2,
      column: 11,
    });
  });

  it('refuses duplicate keys, at the second one, in YAML and JSON', () => {
    const issues = issuesOf(parseScenario(BASE.replace('difficulty: 1', 'difficulty: 1\ndifficulty: 2')));
    expect(issues.map(shape)).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_key",
          "column": 1,
          "line": 8,
          "message": "this key appears twice in the same object; keep one",
          "path": "",
        },
      ]
    `);
    expect(issuesOf(parseScenario('{"id": "a", "id": "b"}')).map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate_key', 1, 13],
    ]);
  });

  it('finds duplicate keys among tens of thousands without slowing down', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: 1`);
    keys.push('k5: 2');
    expect(issuesOf(parseScenario(keys.join('\n'))).map((i) => [i.code, i.line])).toEqual([
      ['duplicate_key', 30_001],
    ]);
  });

  it('caps the issues of a file full of mistakes', () => {
    const text = `${BASE}${Array.from({ length: 5_000 }, (_, i) => `junk${i}: 1`).join('\n')}\n`;
    const issues = issuesOf(parseScenario(text));
    expect(issues).toHaveLength(201);
    expect(issues.at(-1)).toMatchObject({
      code: 'too_many_issues',
      severity: 'warning',
      params: { hidden: 4_800 },
    });
  });

  it('refuses a JSON array, number or string as not an object', () => {
    for (const [text, what] of [
      ['[1, 2]', 'a list'],
      ['42', 'number 42'],
      ['"hello"', 'the text "hello"'],
      ['true', 'boolean true'],
    ] as const) {
      expect(issuesOf(parseScenario(text))).toEqual([
        {
          code: 'not_an_object',
          severity: 'error',
          path: [],
          message: `a scenario is an object with fields like id, title and beats, not ${what}`,
          line: 1,
          column: 1,
        },
      ]);
    }
  });

  it('refuses an empty file, or one with only comments', () => {
    for (const text of ['', '   \n\n', '# just a comment\n', 'null', '~']) {
      expect(issuesOf(parseScenario(text)).map((i) => [i.code, i.line])).toEqual([['empty_file', 1]]);
    }
  });

  it('refuses several documents in one file', () => {
    const issues = issuesOf(parseScenario(`${BASE}---\nid: other\n`));
    expect(issues.map((i) => [i.code, i.line])).toEqual([['multiple_documents', 31]]);
  });

  it('reports YAML syntax errors where they are', () => {
    const issues = issuesOf(parseScenario('id: x\n\ttitle: y\n'));
    expect(issues[0]).toMatchObject({ code: 'yaml_syntax', line: 2, column: 1 });
  });

  it('refuses text that is not a string', () => {
    expect(issuesOf(parseScenario(42 as unknown as string)).map((i) => i.code)).toEqual(['not_text']);
  });
});
