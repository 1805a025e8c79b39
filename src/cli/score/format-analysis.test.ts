import { describe, expect, it } from 'vitest';
import { EMPTY_ANALYSIS, PRIVACY_ANALYSIS, ZH_ANALYSIS } from '../test-support/sample-analyses.ts';
import { formatAnalysis } from './format-analysis.ts';

describe('formatAnalysis without colour', () => {
  it('marks the cues under the reply and explains each signal and forbidden phrase', () => {
    expect(formatAnalysis(PRIVACY_ANALYSIS, { color: false, width: 80 })).toMatchInlineSnapshot(`
      "Reply (en)
        Sorry about that! Please tell me the verification code we just texted you.
        -----             -------^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        (- marks a signal cue, ^ a forbidden phrase)

      Signals
        ✓ Empathy  "Sorry"  en.apology.sorry
          acknowledges the customer's feelings, apologises for the trouble, or
          reassures them
        ✓ Apology  "Sorry"  en.apology.sorry
          a sincere apology for the trouble
        ✓ Question (focused)  "Please tell me the"  en.question.let-me-know-wh
                              "tell me the verification code"  en.privacy.tell-me-secret
          a genuine question: asks for information, confirms understanding, or offers
          help

      Forbidden
        ✗ Privacy risk  "tell me the verification code"  en.privacy.tell-me-secret
          Better: Never ask for it: "Please don't share your codes with anyone,
          including us."

      Not found: Restatement, Solution, Time frame, Follow-up

      Customer emotion: calm
      Coaching
        • Replace the forbidden phrase with the better phrasing shown."
    `);
  });

  it('says when the learned model, not a written rule, found a forbidden phrase', () => {
    const [privacy] = PRIVACY_ANALYSIS.forbidden;
    if (!privacy) throw new Error('the sample has a forbidden hit');
    const learned = {
      ...PRIVACY_ANALYSIS,
      forbidden: [{ ...privacy, category: 'dismissive' as const, ruleId: 'en.dismissive.model' }],
    };
    const text = formatAnalysis(learned, { color: false, width: 200 });
    expect(text).toContain('en.dismissive.model (learned model: no written rule names this phrasing)');
    expect(formatAnalysis(PRIVACY_ANALYSIS, { color: false, width: 200 })).not.toContain('learned model');
  });

  it('aligns the marks under Chinese characters, two columns each, and shows the customer first', () => {
    const text = formatAnalysis(ZH_ANALYSIS, { color: false, width: 40, customer: '我的快递丢了！' });
    expect(text).toMatchInlineSnapshot(`
      "Customer
        我的快递丢了！

      Reply (zh)
        抱歉让您久等了，这是快递的问题。我们会
        ----              ^^^^^^^^^^^^
        在24小时内处理。
          --------
        (- marks a signal cue, ^ a forbidden phrase)

      Signals
        ✓ Empathy  "抱歉"  zh.apology.sorry
          acknowledges the customer's
          feelings, apologises for the
          trouble, or reassures them
        ✓ Apology  "抱歉"  zh.apology.sorry
          a sincere apology for the trouble
        ✓ Time frame  "24小时内"  zh.timeline.n-units
          a concrete time frame with a number
          or a deadline

      Forbidden
        ✗ Blame-shifting  "是快递的问题"  zh.blame.third-party
          Better: 主动承担下一步:"我会立即同步
          给物流团队并跟进到底"

      Not found: Question, Restatement,
      Solution, Follow-up

      Customer emotion: angry
      Coaching
        • Replace the forbidden phrase with
          the better phrasing shown.
        • Ask a clarifying question or restate
          the problem before solving it."
    `);
  });

  it('says what is missing when nothing fired', () => {
    expect(formatAnalysis(EMPTY_ANALYSIS, { color: false, width: 80 })).toMatchInlineSnapshot(`
      "Reply (en)
        ok
        Note: Control characters in the reply were ignored.

      Not found: Empathy, Apology, Question, Restatement, Solution, Time frame,
      Follow-up

      Customer emotion: anxious
      Coaching
        • The customer is anxious: give a concrete time frame and the shortest path.
        • Ask a clarifying question or restate the problem before solving it."
    `);
  });

  it('shows control characters in the reply as dots', () => {
    const analysis = { ...EMPTY_ANALYSIS, text: 'ok\u001b[2J now' };
    expect(formatAnalysis(analysis, { color: false, width: 80 }).split('\n')[1]).toBe('  ok·[2J now');
  });
});

describe('formatAnalysis with colour', () => {
  it('underlines cues in the reply instead of marking them on a second line', () => {
    const [heading, reply, next] = formatAnalysis(PRIVACY_ANALYSIS, { color: true, width: 80 }).split('\n');
    expect(heading).toBe('\u001b[1mReply (en)\u001b[22m');
    expect(reply).toContain(
      '\u001b[31m\u001b[1m\u001b[4mtell me the verification code\u001b[24m\u001b[22m\u001b[39m',
    );
    expect(reply).toContain('\u001b[32m\u001b[4mSorry\u001b[24m\u001b[39m');
    expect(next).toBe('');
  });

  it('writes the same words as without colour', () => {
    // eslint-disable-next-line no-control-regex -- stripping escape codes
    const plain = (s: string) => s.replace(/\u001b\[\d+m/g, '');
    const colored = plain(formatAnalysis(ZH_ANALYSIS, { color: true, width: 60 }));
    const uncolored = formatAnalysis(ZH_ANALYSIS, { color: false, width: 60 });
    const withoutMarks = uncolored
      .split('\n')
      .filter((line) => !/^ {2}[-^ ]+$/.test(line) && !line.includes('marks a signal cue'))
      .join('\n');
    expect(colored).toBe(withoutMarks);
  });
});
