import { describe, expect, it } from 'vitest';
import { formatIgnoredNotes, ignoredLines, stepText } from './play-report.ts';

describe('ignored script lines', () => {
  const ended = { code: 'session_ended' as const, message: 'the conversation had already ended' };

  it('writes each step back as the script line it came from', () => {
    expect(stepText({ type: 'reply', text: 'Hi', line: 1 })).toBe('Hi');
    expect(stepText({ type: 'action', action: 'create_ticket', priority: 'urgent', line: 2 })).toBe(
      '/create_ticket urgent',
    );
    expect(stepText({ type: 'wait', seconds: 60, line: 3 })).toBe('/wait 60');
  });

  it('notes the lines after the end together and each refused line on its own', () => {
    const ignored = ignoredLines([
      {
        step: { type: 'action', action: 'refund', line: 4 },
        reason: { code: 'action_not_offered', message: "'refund' is not available here" },
      },
      { step: { type: 'reply', text: 'Anything else?', line: 9 }, reason: ended },
      { step: { type: 'wait', seconds: 5, line: 10 }, reason: ended },
    ]);
    expect(ignored[1]).toEqual({
      line: 9,
      text: 'Anything else?',
      code: 'session_ended',
      message: ended.message,
    });
    expect(formatIgnoredNotes(ignored)).toEqual([
      'Note: 2 scripted lines after the end were ignored: line 9, 10',
      "Note: line 4 was refused: 'refund' is not available here",
    ]);
    expect(formatIgnoredNotes(ignored.slice(1, 2))).toEqual([
      'Note: 1 scripted line after the end was ignored: line 9',
    ]);
  });
});
