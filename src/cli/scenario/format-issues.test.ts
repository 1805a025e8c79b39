import { describe, expect, it } from 'vitest';
import { formatIssue, type ScenarioIssue } from '../../engine/scenario/issues.ts';
import { createPaint } from '../terminal-text.ts';
import { countOf, formatIssueLine } from './format-issues.ts';

const issue: ScenarioIssue = {
  code: 'unknown_beat',
  severity: 'error',
  path: ['beats', 'greet', 'rules', 2, 'next'],
  line: 12,
  column: 5,
  message: "unknown beat 'fixx'; did you mean 'fix'?",
};

describe('formatIssueLine', () => {
  it("lays an issue out as the engine's formatIssue does", () => {
    const line = formatIssueLine(issue, 'scenarios/x.yaml', createPaint(false));
    expect(line).toBe(
      "scenarios/x.yaml:12:5: error: unknown beat 'fixx'; did you mean 'fix'? (beats.greet.rules[2].next) [unknown_beat]",
    );
    expect(line).toBe(formatIssue(issue, 'scenarios/x.yaml'));
  });

  it('colours the severity on a terminal and keeps control characters out', () => {
    const line = formatIssueLine(
      { ...issue, severity: 'warning', message: 'bad \u001b[2J' },
      'x.yaml',
      createPaint(true),
    );
    expect(line).toContain('\u001b[33m\u001b[1mwarning\u001b[22m\u001b[39m');
    expect(line).toContain('bad ·[2J');
  });
});

describe('countOf', () => {
  it('counts with the right noun form', () => {
    expect([countOf('file', 1), countOf('error', 0), countOf('warning', 2)]).toEqual([
      '1 file',
      '0 errors',
      '2 warnings',
    ]);
  });
});
