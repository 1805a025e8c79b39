import { describe, expect, it } from 'vitest';
import { parseGolden } from './parse-golden.ts';

describe('parseGolden', () => {
  it('reads a valid golden file', () => {
    const result = parseGolden(
      [
        'scenario: mini-login',
        'transcripts:',
        '  - name: warm',
        '    locale: en',
        '    replies: [hi]',
        '    expect: { end: null }',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: true,
      golden: {
        scenario: 'mini-login',
        transcripts: [{ name: 'warm', locale: 'en', replies: ['hi'], expect: { end: null } }],
      },
    });
  });

  it('places schema problems at their line and column', () => {
    const text = [
      'scenario: mini-login',
      'transcripts:',
      '  - name: warm',
      '    locale: fr',
      '    replies: [hi]',
      '    colour: red',
      '    expect: {}',
    ].join('\n');
    const result = parseGolden(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.line, i.column])).toEqual([
      ['invalid_value', 'transcripts.0.locale', 4, 13],
      ['unknown_field', 'transcripts.0.colour', 6, 5],
      ['missing_field', 'transcripts.0.expect.end', 7, 13],
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their place', () => {
    const result = parseGolden('scenario: a\nscenario: b\n');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'duplicate_key', line: 2, column: 1 }] });
    expect(parseGolden('scenario: [a\n')).toMatchObject({ ok: false, issues: [{ code: 'yaml_syntax' }] });
  });
});
