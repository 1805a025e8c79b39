import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/compile-scenario.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { parseScript, runScript } from '../session/script.ts';
import { CRITICAL_OVERALL_CAP, PRIVACY_COMPLIANCE_CAP, scoreSession } from './scorecard.ts';

const MINI = readFileSync(new URL('../scenario/fixtures/mini.yaml', import.meta.url), 'utf8');

function play(script: string, locale: 'en' | 'zh-CN' = 'en', replySeconds?: number, source = MINI) {
  const parsed = parseScenario(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const compiled = compileScenario(parsed.scenario);
  const run = runScript(
    compiled,
    { locale, ...(replySeconds !== undefined && { replySeconds }) },
    parseScript(script).steps,
  );
  return scoreSession(compiled, run.session.transcript);
}

const WARM = `I'm so sorry you've been locked out, that's really frustrating. What error message do you see when you try to log in?
So if I understand correctly, it says the password is wrong even though you're typing it right?
/send_official_link
I've sent you our official reset link. Please reset it there; it takes about 5 minutes, and I'll check back with you in 10 minutes to make sure you're in.`;
const COLD = `What error message do you see?
Which device are you using?
/send_official_link
Use the reset link I sent. It will take 5 minutes.`;
const RUDE = `Calm down, nobody else has this problem.
Just tell me the verification code we sent you.
I already told you, figure it out yourself.`;

describe('scoreSession', () => {
  it('ranks a warm, thorough agent above a cold but competent one, and both far above a rude one', () => {
    const warm = play(WARM);
    const cold = play(COLD);
    const rude = play(RUDE);
    expect(warm.dimensions.empathy.score).toBeGreaterThan(cold.dimensions.empathy.score);
    expect(warm.overall).toBeGreaterThan(cold.overall);
    expect(cold.overall - rude.overall).toBeGreaterThanOrEqual(25);
    expect(warm.overall - rude.overall).toBeGreaterThanOrEqual(50);
  });

  it('gives every lost point a code, and the points add up to the dimension score', () => {
    const card = play(COLD);
    for (const d of Object.values(card.dimensions)) {
      const lost = d.deductions.reduce((s, x) => s + x.points, 0);
      expect(d.score).toBe(Math.max(0, 100 - lost));
      for (const x of d.deductions) expect(x.code).toMatch(/^[a-z_]+$/);
    }
    expect(card.dimensions.empathy.deductions.map((d) => d.code)).toEqual([
      'no_opening_empathy',
      'little_empathy',
      'customer_angrier',
    ]);
    expect(card.dimensions.clarification.deductions.map((d) => d.code)).toEqual(['no_restatement']);
  });

  it('treats asking for the code as critical: named first, compliance and overall capped, with the span and a better phrasing', () => {
    const card = play(RUDE);
    expect(card.critical).toHaveLength(1);
    const [critical] = card.critical;
    expect(critical?.code).toBe('privacy_violation');
    expect(critical?.evidence.reply).toBe(2);
    expect(critical?.evidence.span?.text.toLowerCase()).toContain('code');
    expect(critical?.evidence.suggestion).toBeTruthy();
    expect(card.dimensions.compliance.score).toBeLessThanOrEqual(PRIVACY_COMPLIANCE_CAP);
    expect(card.overall).toBeLessThanOrEqual(CRITICAL_OVERALL_CAP);
    // asking for a secret is not a clarifying question
    expect(card.dimensions.clarification.deductions.map((d) => d.code)).toContain('no_question');
  });

  it('reports checkpoints met with the entry where they were met, and missed ones as deductions', () => {
    const warm = play(WARM);
    expect(warm.checkpoints).toEqual([
      {
        id: 'link',
        title: { en: 'Sent the official link', 'zh-CN': '发送官方链接' },
        dimension: 'resolution',
        met: true,
        entry: 5,
      },
    ]);
    const rude = play(RUDE);
    expect(rude.checkpoints[0]?.met).toBe(false);
    expect(rude.dimensions.resolution.deductions).toContainEqual({
      code: 'checkpoint_missed',
      points: 30,
      params: { checkpoint: 'link' },
    });
  });

  it('takes timeliness from the recorded times', () => {
    const fast = play(WARM);
    expect(fast.dimensions.timeliness.score).toBe(100);
    const slow = play(WARM, 'en', 100);
    const codes = slow.dimensions.timeliness.deductions.map((d) => [d.code, d.points]);
    expect(codes).toContainEqual(['slow_first_response', 30]);
    expect(codes).toContainEqual(['slow_reply', 20]);
    expect(codes).toContainEqual(['customer_nudged', 5]);
  });

  it('scores a conversation where the agent did nothing as zero with a reason', () => {
    const card = play('');
    expect(card.overall).toBe(0);
    expect(card.dimensions.empathy.deductions).toEqual([{ code: 'no_replies', points: 100 }]);
  });

  it('scores tool actions alone: nothing warm or asked, nothing forbidden, the first action is the first response', () => {
    const card = play('/send_official_link');
    expect(card.dimensions.empathy.deductions).toEqual([{ code: 'no_replies', points: 100 }]);
    expect(card.dimensions.clarification.score).toBe(0);
    expect(card.dimensions.compliance.score).toBe(100);
    expect(card.dimensions.timeliness.deductions.map((d) => d.code)).not.toContain('slow_first_response');
    expect(card.dimensions.resolution.deductions.map((d) => d.code)).toContain('solution_by_action_only');
  });

  it('does not deduct for expectations the rubric skips', () => {
    const skipping = MINI.replace('rubric:\n', 'rubric:\n  skip: [restatement, followup]\n');
    expect(skipping).not.toBe(MINI);
    const card = play(COLD, 'en', undefined, skipping);
    const codes = Object.values(card.dimensions).flatMap((d) => d.deductions.map((x) => x.code));
    expect(codes).not.toContain('no_restatement');
    expect(codes).not.toContain('no_followup');
    expect(play(COLD).dimensions.clarification.deductions.map((d) => d.code)).toContain('no_restatement');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(play(WARM, 'zh-CN'))).toBe(JSON.stringify(play(WARM, 'zh-CN')));
  });
});
