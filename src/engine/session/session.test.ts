import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/compile-scenario.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { parseScript, runScript } from './script.ts';
import { replyReader } from '../scoring/reply-reader.ts';
import { createSession, replaySession } from './session.ts';

const MINI = readFileSync(new URL('../scenario/fixtures/mini.yaml', import.meta.url), 'utf8');

function compiled() {
  const parsed = parseScenario(MINI);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return compileScenario(parsed.scenario);
}

function manualClock() {
  let now = 1_000_000;
  return { clock: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('createSession', () => {
  it('opens with the start beat line chosen for the starting mood', () => {
    const { clock } = manualClock();
    const session = createSession(compiled(), { locale: 'en', seed: 's', clock, reader: replyReader });
    expect(session.transcript).toHaveLength(1);
    expect(session.transcript[0]).toMatchObject({
      kind: 'customer',
      at: 0,
      beat: 'opening',
      source: 'enter',
      mood: 7,
    });
    expect(session.state()).toMatchObject({
      beat: 'opening',
      ended: false,
      mood: 7,
      turn: 0,
      offeredActions: ['send_official_link', 'create_ticket'],
    });
  });

  it('moves on a reply whose signals meet a rule, and records the rule, the mood and the times', () => {
    const t = manualClock();
    const session = createSession(compiled(), {
      locale: 'en',
      seed: 's',
      clock: t.clock,
      reader: replyReader,
    });
    t.advance(12);
    const result = session.reply("I'm so sorry you're locked out. What error do you see?");
    expect(result.ok).toBe(true);
    const agent = session.transcript[1];
    expect(agent).toMatchObject({
      kind: 'agent',
      at: 12_000,
      beat: 'opening',
      fired: ['opening.warm'],
      waited: 12_000,
      mood: 5,
    });
    expect(session.transcript[2]).toMatchObject({
      kind: 'customer',
      text: "It says wrong password, but it's right.",
      rule: 'opening.warm',
    });
    expect(session.state()).toMatchObject({ beat: 'fix', mood: 5, turn: 1 });
  });

  it('falls back to the last rule when nothing better fits, and the customer grows angrier', () => {
    const t = manualClock();
    const session = createSession(compiled(), { locale: 'en', clock: t.clock, reader: replyReader });
    t.advance(10);
    session.reply('ok');
    expect(session.state()).toMatchObject({ beat: 'opening', mood: 8 });
    expect(session.transcript.at(-1)).toMatchObject({ kind: 'customer', text: 'Are you even listening?' });
  });

  it('ends at the privacy end when the agent asks for the code', () => {
    const t = manualClock();
    const session = createSession(compiled(), { locale: 'en', clock: t.clock, reader: replyReader });
    t.advance(10);
    session.reply('Please tell me the verification code we just texted you.');
    expect(session.state()).toMatchObject({ ended: true, end: 'failed', outcome: 'failed' });
    expect(session.transcript.at(-1)).toMatchObject({
      kind: 'end',
      end: 'failed',
      outcome: 'failed',
      reason: 'opening.privacy',
    });
    expect(session.reply('hello?')).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });

  it('nudges after the silence threshold and lets the customer leave when patience runs out', () => {
    const t = manualClock();
    const session = createSession(compiled(), { locale: 'en', clock: t.clock, reader: replyReader });
    t.advance(29);
    expect(session.tick()).toEqual([]);
    t.advance(2);
    expect(session.tick().map((l) => l.text)).toEqual(['Hello? Anyone there?']);
    expect(session.state().mood).toBe(8);
    t.advance(200);
    session.tick();
    expect(session.state()).toMatchObject({ ended: true, end: 'customer_left' });
    const end = session.transcript.at(-1);
    expect(end).toMatchObject({ kind: 'end', at: 120_000, reason: 'opening.patience' });
  });

  it('refuses an action the beat does not offer, with the actions that are', () => {
    const t = manualClock();
    const session = createSession(compiled(), { locale: 'en', clock: t.clock, reader: replyReader });
    expect(session.act('refund')).toEqual({
      ok: false,
      error: {
        code: 'action_not_offered',
        message: "'refund' is not available here; available: send_official_link, create_ticket",
        params: { action: 'refund', beat: 'opening' },
      },
    });
  });

  it('refuses an empty reply with a clear error and loses nothing', () => {
    const t = manualClock();
    const session = createSession(compiled(), { locale: 'en', clock: t.clock, reader: replyReader });
    expect(session.reply('   ')).toMatchObject({
      ok: false,
      error: { code: 'invalid_reply', params: { reason: 'empty_text' } },
    });
    expect(session.transcript).toHaveLength(1);
  });

  it('speaks the chosen locale', () => {
    const t = manualClock();
    const session = createSession(compiled(), {
      locale: 'zh-CN',
      seed: 'q',
      clock: t.clock,
      reader: replyReader,
    });
    t.advance(10);
    session.reply('非常抱歉给您带来不便，请问登录时提示什么错误？');
    expect(session.transcript.at(-1)).toMatchObject({ kind: 'customer', text: '提示密码错误,可我没输错。' });
  });
});

describe('determinism and replay', () => {
  const script = `I'm sorry. What do you see?\n/wait 40\n/send_official_link\nDone through the link; I'll check back within 10 minutes.`;

  it('gives the same conversation for the same seed and inputs', () => {
    const a = runScript(compiled(), { locale: 'en', seed: 'x' }, parseScript(script).steps).session;
    const b = runScript(compiled(), { locale: 'en', seed: 'x' }, parseScript(script).steps).session;
    expect(JSON.stringify(b.transcript)).toBe(JSON.stringify(a.transcript));
  });

  it('rebuilds the same conversation from the saved inputs', () => {
    const original = runScript(compiled(), { locale: 'en', seed: 'x' }, parseScript(script).steps).session;
    const replayed = replaySession(
      compiled(),
      { locale: 'en', seed: 'x', reader: replyReader },
      original.log,
    );
    expect(JSON.stringify(replayed.transcript)).toBe(JSON.stringify(original.transcript));
    expect(replayed.state()).toEqual(original.state());
  });
});

describe('parseScript', () => {
  it('reads replies, actions with priorities, waits and comments', () => {
    expect(parseScript('hello\n# note\n\n/create_ticket urgent\n/wait 60\n/refund').steps).toEqual([
      { type: 'reply', text: 'hello', line: 1 },
      { type: 'action', action: 'create_ticket', priority: 'urgent', line: 4 },
      { type: 'wait', seconds: 60, line: 5 },
      { type: 'action', action: 'refund', line: 6 },
    ]);
  });

  it('names the line of an unknown action and suggests the closest one', () => {
    expect(parseScript('hi\n/send_oficial_link\n/wait soon\n/create_ticket asap').issues).toEqual([
      {
        line: 2,
        code: 'unknown_action',
        message: "unknown action '/send_oficial_link'; did you mean '/send_official_link'?",
      },
      { line: 3, code: 'bad_wait', message: "'/wait' needs a number of seconds, like '/wait 60'" },
      {
        line: 4,
        code: 'bad_priority',
        message: "unknown priority 'asap'; use one of urgent, important, normal",
      },
    ]);
  });

  it('reports scripted lines left after the end', () => {
    const run = runScript(
      compiled(),
      { locale: 'en' },
      parseScript('Tell me the SMS code you received.\nhello?\nstill there?').steps,
    );
    expect(run.session.state().outcome).toBe('failed');
    expect(run.skipped.map((s) => [s.step.line, s.reason.code])).toEqual([
      [2, 'session_ended'],
      [3, 'session_ended'],
    ]);
  });
});

describe('replaySession with a live clock', () => {
  it('goes on from the time of the last saved input', () => {
    const first = runScript(
      compiled(),
      { locale: 'en', seed: 'x' },
      parseScript("I'm sorry. What do you see?").steps,
    ).session;
    let now = 5_000_000;
    const resumed = replaySession(
      compiled(),
      { locale: 'en', seed: 'x', clock: () => now, reader: replyReader },
      first.log,
    );
    expect(resumed.waiting()).toBe(0);
    now += 20_000;
    expect(resumed.waiting()).toBe(20_000);
    resumed.reply('So it says the password is wrong, right?');
    expect(resumed.transcript.filter((e) => e.kind === 'agent').map((e) => e.at)).toEqual([15_000, 35_000]);
  });
});
