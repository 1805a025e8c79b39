import type { ForbiddenCategory, QuestionLevel, ReplyAnalysis, SignalName } from '../types.ts';

/**
 * A bare English analysis of `text` in which only the named signals and forbidden categories fired, without
 * evidence: hand-made, so tests of what consumes analyses do not move when the lexicons are tuned.
 */
export function analysisFinding(
  text: string,
  found: { signals?: SignalName[]; level?: QuestionLevel; forbidden?: ForbiddenCategory[] },
): ReplyAnalysis {
  const signal = (name: SignalName) => ({ fired: found.signals?.includes(name) ?? false, evidence: [] });
  const span = { start: 0, end: text.length, text };
  return {
    lang: 'en',
    text,
    empathy: signal('empathy'),
    apology: signal('apology'),
    question: { ...signal('question'), level: found.level ?? null },
    restatement: signal('restatement'),
    solution: signal('solution'),
    timeline: signal('timeline'),
    followup: signal('followup'),
    forbidden: (found.forbidden ?? []).map((category) => ({
      category,
      ruleId: `en.${category}.sample`,
      cue: text,
      span,
      suggestion: '',
    })),
    customerEmotion: 'none',
    coaching: [],
    warnings: [],
  };
}
