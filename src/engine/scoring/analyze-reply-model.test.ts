import { describe, expect, it, vi } from 'vitest';
import type { ForbiddenModel } from './model/forbidden-model.ts';

// a handmade model in place of the trained ones, so that what the analyzer does with a finding is tested apart
// from what the training learns
vi.mock('./model/model-files.ts', () => {
  const none = { bias: -6, weights: {} };
  const model = (lang: 'en' | 'zh'): ForbiddenModel => ({
    lang,
    threshold: 0.6,
    categories: {
      absolute: { bias: -3, weights: { 'w:midmatch': 60 } },
      blame: none,
      impatient: { bias: -3, weights: { 'w:bother': 20, 'c:打扰': 20, 'c:!': 60 } },
      dismissive: { bias: -3, weights: { 'b:your imagination': 20, 'w:imagination': 6, 'c:想象': 60 } },
    },
    trainedOn: { replies: 0, digest: '0-00000000' },
  });
  return { getForbiddenModel: (lang: 'en' | 'zh') => model(lang) };
});

const { analyzeReply } = await import('./analyze-reply.ts');

describe('analyzeReply with the learned model', () => {
  it('adds a category no rule found, pointing at the sentence that weighed most, with a better phrasing', () => {
    const text = 'Thanks for waiting. Honestly the missing parcel is probably your imagination here.';
    const { forbidden } = analyzeReply(text, { lang: 'en' });
    expect(forbidden).toHaveLength(1);
    const [hit] = forbidden;
    expect(hit?.category).toBe('dismissive');
    expect(hit?.ruleId).toBe('en.dismissive.model');
    expect(hit?.span.text).toBe('Honestly the missing parcel is probably your imagination here');
    expect(text.slice(hit?.span.start, hit?.span.end)).toBe(hit?.span.text);
    expect(hit?.suggestion).toBeTruthy();
  });

  it('reads Chinese by its characters, in the reply’s own language', () => {
    const [hit] = analyzeReply('您好。这种情况多半是想象出来的,我们这边再看看。', { lang: 'zh' }).forbidden;
    expect(hit?.ruleId).toBe('zh.dismissive.model');
    expect(hit?.span.text).toBe('这种情况多半是想象出来的,我们这边再看看');
  });

  it('points at the sentence whose closing punctuation weighed most, not at the punctuation', () => {
    const [hit] = analyzeReply('您好!系统明天会自动更新的。', { lang: 'zh' }).forbidden;
    expect(hit?.ruleId).toBe('zh.impatient.model');
    expect(hit?.span.text).toBe('您好');
  });

  it('leaves a category alone when a rule already found it', () => {
    const { forbidden } = analyzeReply(
      "You're overreacting, it's all in your imagination, nothing happened here.",
      {
        lang: 'en',
      },
    );
    expect(forbidden.map((f) => f.category)).toContain('dismissive');
    expect(forbidden.filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
  });

  it('does not call a sentence the rules read as a genuine question forbidden', () => {
    const asks = analyzeReply('Sorry to bother you again, which device are you using right now?', {
      lang: 'en',
    });
    expect(asks.question.fired).toBe(true);
    expect(asks.forbidden).toEqual([]);
    // the same words outside the question are the model's to read
    const tells = analyzeReply('Please stop making me bother with this again and again today.', {
      lang: 'en',
    });
    expect(tells.forbidden.map((f) => f.ruleId)).toContain('en.impatient.model');
  });

  it('does not call a sentence where the rules found empathy or reassurance forbidden', () => {
    const kind = analyzeReply(
      "I'm so sorry, none of this is your imagination and I can see why it is upsetting.",
      {
        lang: 'en',
      },
    );
    expect(kind.empathy.fired).toBe(true);
    expect(kind.forbidden).toEqual([]);
  });

  it('reads what follows a contrast after empathy: "I\'m sorry, but…" is held back only before the "but"', () => {
    const text = "I'm so sorry about the wait, but honestly the missing parcel is probably your imagination.";
    const a = analyzeReply(text, { lang: 'en' });
    expect(a.empathy.fired).toBe(true);
    const [hit] = a.forbidden;
    expect(hit?.ruleId).toBe('en.dismissive.model');
    expect(hit?.span.text).toBe('but honestly the missing parcel is probably your imagination');
  });

  it('does not call a sentence forbidden where the rules read a phrase of the category and a guard cleared it', () => {
    // "so it can't happen again" is a fix: the absolute rules match it and their guard clears it
    const fix = analyzeReply("Turn the effects off so it can't happen midmatch again, that should do it.", {
      lang: 'en',
    });
    expect(fix.forbidden).toEqual([]);
    const other = analyzeReply('Lag like that happens midmatch for some players on busy evenings.', {
      lang: 'en',
    });
    expect(other.forbidden.map((f) => f.ruleId)).toEqual(['en.absolute.model']);
  });

  it('is deterministic', () => {
    const text = 'Honestly the missing parcel is probably your imagination here.';
    expect(analyzeReply(text, { lang: 'en' })).toEqual(analyzeReply(text, { lang: 'en' }));
  });
});
