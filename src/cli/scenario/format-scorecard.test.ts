import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine/scenario/compile-scenario.ts';
import { parseScenario } from '../../engine/scenario/parse-scenario.ts';
import { DIMENSIONS, OUTCOMES } from '../../engine/scenario/schema.ts';
import { scoreSession, type CriticalIssue, type DeductionCode } from '../../engine/scoring/scorecard.ts';
import { parseScript, runScript } from '../../engine/session/script.ts';
import { hasMessage } from '../i18n.ts';
import { createPaint } from '../terminal-text.ts';
import { formatScorecard } from './format-scorecard.ts';
import { formatTranscript } from './format-transcript.ts';

const MINI = fileURLToPath(new URL('../../engine/scenario/fixtures/mini.yaml', import.meta.url));

// records keyed by a union make the compiler list every code, so a new one fails here until it has words
const DEDUCTIONS: Record<DeductionCode, true> = {
  no_replies: true,
  no_opening_empathy: true,
  no_apology_to_angry: true,
  little_empathy: true,
  denied_feelings: true,
  impatient_tone: true,
  customer_angrier: true,
  no_question: true,
  closed_questions_only: true,
  no_restatement: true,
  forbidden_absolute: true,
  forbidden_blame: true,
  forbidden_dismissive: true,
  forbidden_impatient: true,
  forbidden_privacy: true,
  not_finished: true,
  customer_left: true,
  failed: true,
  no_solution: true,
  solution_by_action_only: true,
  no_timeline: true,
  no_followup: true,
  checkpoint_missed: true,
  slow_first_response: true,
  slow_reply: true,
  customer_nudged: true,
  over_service_level: true,
};
const CRITICAL: Record<CriticalIssue['code'], true> = { privacy_violation: true };

function playMini(lines: readonly string[]) {
  const parsed = parseScenario(readFileSync(MINI, 'utf8'));
  if (!parsed.ok) throw new Error(`mini.yaml does not parse: ${JSON.stringify(parsed.issues)}`);
  const compiled = compileScenario(parsed.scenario);
  const { session } = runScript(compiled, { locale: 'en' }, parseScript(lines.join('\n')).steps);
  return { compiled, session, card: scoreSession(compiled, session.transcript) };
}

describe('scorecard words', () => {
  it('has words for every deduction, critical issue, dimension and outcome', () => {
    const keys = [
      ...Object.keys(DEDUCTIONS).map((code) => `cli.scorecard.deduction.${code}`),
      ...Object.keys(CRITICAL).map((code) => `cli.scorecard.criticalIssue.${code}`),
      ...DIMENSIONS.map((d) => `cli.scorecard.dimension.${d}`),
      ...OUTCOMES.map((o) => `cli.transcript.outcome.${o}`),
      ...['patience', 'mood', 'turns'].map((k) => `cli.transcript.endReason.${k}`),
    ];
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
  });
});

describe('formatScorecard', () => {
  it('puts a critical violation first, with the words that caused it and a better phrasing', () => {
    const { compiled, card } = playMini(['Please tell me the verification code we just texted you.']);
    const out = formatScorecard(card, { compiled, locale: 'en', paint: createPaint(false), width: 100 });
    expect(out[0]).toMatch(/^Score \d+\/100 {2}\(failed\)/);
    expect(out.slice(1, 5)).toEqual([
      '',
      'Critical',
      '  ✗ Privacy violation: asked the customer for a secret (a password or a verification code).',
      expect.stringMatching(/^ {4}reply 1: "[^"]+" — Better: /),
    ]);
    expect(out).toContain('Dimensions');
    expect(out.join('\n')).toMatch(/Compliance +\d+ +weight 25\n +−80 Asked for a password or a code\./);
    expect(out.slice(-2)).toEqual(['Checkpoints', '  ✗ Sent the official link (link)']);
  });

  it('names a missed checkpoint by its title in the played locale', () => {
    const { compiled, card } = playMini(['Hello.']);
    const out = formatScorecard(card, {
      compiled,
      locale: 'zh-CN',
      paint: createPaint(false),
      width: 100,
    }).join('\n');
    expect(out).toContain('Missed the checkpoint: 发送官方链接.');
    expect(out).toContain('✗ 发送官方链接 (link)');
  });
});

describe('formatTranscript', () => {
  it('shows who said what and when, the signals of each reply, mood changes, and the end with its note', () => {
    const { compiled, session } = playMini([
      "I'm so sorry! What do you see when you try to log in?",
      '/send_official_link',
      "The reset link is on its way; it takes about 5 minutes and I'll follow up with you.",
    ]);
    const lines = formatTranscript(session.transcript, {
      scenario: compiled.scenario,
      locale: 'en',
      paint: createPaint(false),
      width: 100,
      echoReplies: true,
    });
    expect(lines).toEqual([
      " 0:00  Sam     I can't log in and nobody helps!",
      " 0:15  You     I'm so sorry! What do you see when you try to log in?",
      '               ✓ Empathy  ✓ Apology  ✓ Question (focused)  mood 7 → 5  rules: opening.warm',
      " 0:15  Sam     It says wrong password, but it's right.",
      ' 0:20  Action  /send_official_link',
      '               mood 5 → 3  rules: fix.link',
      ' 0:20  Sam     Got the link.',
      expect.stringMatching(/^ 0:35 {2}You {5}The reset link is on its way/),
      expect.stringMatching(/^ {15}✓ .*rules: fix\.done$/),
      ' 0:35  Sam     Thanks, that worked.',
      '',
      ' 0:35  End: resolved',
      '               Well done.',
    ]);
  });
});
