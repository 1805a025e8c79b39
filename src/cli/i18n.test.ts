import { describe, expect, it } from 'vitest';
import type { CoachingCode, Emotion, InputErrorCode, InputWarning } from '../engine/scoring/index.ts';
import { FORBIDDEN_CATEGORIES, QUESTION_LEVELS, SIGNAL_NAMES } from '../engine/scoring/index.ts';
import { hasMessage, t, translate } from './i18n.ts';
import type { EvalLineErrorCode } from './eval/parse-entry.ts';
import type { LineErrorCode } from './score/parse-line.ts';

// records keyed by a union make the compiler list every code, so a new one fails here until it has words
const COACHING: Record<CoachingCode, true> = {
  apologise_first: true,
  give_time_commitment: true,
  ask_clarifying_question: true,
  avoid_forbidden: true,
};
const EMOTIONS: Record<Emotion, true> = { anger: true, anxiety: true, none: true };
const INPUT_ERRORS: Record<InputErrorCode, true> = {
  not_a_string: true,
  empty_text: true,
  text_too_long: true,
  invalid_utf16: true,
  invalid_lang: true,
};
const WARNINGS: Record<InputWarning, true> = { control_characters_ignored: true };
const LINE_ERRORS: Record<Exclude<LineErrorCode, InputErrorCode>, true> = {
  invalid_json: true,
  not_an_object: true,
  invalid_id: true,
  missing_text: true,
  invalid_text: true,
  invalid_context: true,
  invalid_customer: true,
  invalid_emotion: true,
  internal_error: true,
};
const EVAL_LINE_ERRORS: Record<Exclude<EvalLineErrorCode, InputErrorCode>, true> = {
  invalid_json: true,
  not_an_object: true,
  invalid_id: true,
  missing_text: true,
  invalid_text: true,
  invalid_customer_field: true,
  missing_labels: true,
  invalid_labels: true,
  unknown_label: true,
  several_levels: true,
  internal_error: true,
};

describe('t', () => {
  it('fills {{params}} and leaves unknown ones visible', () => {
    expect(t('analysis.inputError.text_too_long', { length: 30000, max: 20000 })).toBe(
      'The reply is 30000 characters long; the analyzer reads at most 20000.',
    );
    expect(translate({ a: { b: 'x {{ y }} {{z}}' } }, 'a.b', { y: 1 })).toBe('x 1 {{z}}');
  });

  it('returns the key for a missing message, like i18next', () => {
    expect(t('analysis.signal.telepathy')).toBe('analysis.signal.telepathy');
    expect(t('analysis.signal')).toBe('analysis.signal');
    expect(t('toString')).toBe('toString');
  });

  it('has words for every code the CLI can show', () => {
    const keys = [
      ...SIGNAL_NAMES.flatMap((s) => [`analysis.signal.${s}`, `analysis.signalHelp.${s}`]),
      ...QUESTION_LEVELS.map((l) => `analysis.level.${l}`),
      ...FORBIDDEN_CATEGORIES.map((c) => `analysis.forbidden.${c}`),
      ...Object.keys(EMOTIONS).map((e) => `analysis.emotion.${e}`),
      ...Object.keys(COACHING).map((c) => `analysis.coaching.${c}`),
      ...Object.keys(INPUT_ERRORS).map((c) => `analysis.inputError.${c}`),
      ...Object.keys(WARNINGS).map((w) => `analysis.warning.${w}`),
      ...Object.keys(LINE_ERRORS).map((c) => `cli.lineError.${c}`),
      ...Object.keys(EVAL_LINE_ERRORS).map((c) => `cli.lineError.${c}`),
      'cli.lineError.unknown_label_near',
    ];
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
  });
});
