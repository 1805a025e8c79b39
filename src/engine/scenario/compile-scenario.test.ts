import { readFileSync } from 'node:fs';
import { createActor, getNextSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../scoring/analyze-reply.ts';
import { replyReader } from '../scoring/reply-reader.ts';
import { compileScenario } from './compile-scenario.ts';
import { compileCondition } from './condition.ts';
import { parseScenario } from './parse-scenario.ts';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');

function compiled() {
  const parsed = parseScenario(MINI);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return compileScenario(parsed.scenario);
}

describe('compileScenario', () => {
  it('makes one state per beat and a final state per end', () => {
    const { machine, startBeat, leaveEnd, outcomes } = compiled();
    expect(Object.keys(machine.states)).toEqual(['opening', 'fix', 'resolved', 'customer_left', 'failed']);
    expect(machine.states.resolved?.type).toBe('final');
    expect(startBeat).toBe('opening');
    expect(leaveEnd).toBe('customer_left');
    expect(outcomes).toEqual({ resolved: 'resolved', customer_left: 'customer_left', failed: 'failed' });
  });

  it('steps pure transitions: a warm question moves to the next beat with the mood down', () => {
    const { machine } = compiled();
    const actor = createActor(machine, { input: { locale: 'en', seed: 's' } });
    const start = actor.getSnapshot();
    const analysis = analyzeReply("I'm sorry about that. What error do you see?", { lang: 'en' });
    const next = getNextSnapshot(machine, start, {
      type: 'reply.submit',
      analysis,
      at: 5000,
      normalize: replyReader.normalize,
    });
    expect(next.value).toBe('fix');
    expect(next.context).toMatchObject({ mood: 5, turn: 1, events: 1 });
    expect(next.context.fired).toEqual([
      { event: 1, beat: 'opening', rule: 'opening.warm', kind: 'reply', moodChange: -2, next: 'fix' },
    ]);
  });

  it('checks the actions taken so far in later conditions', () => {
    const { machine } = compiled();
    const actor = createActor(machine, { input: { locale: 'en', seed: 's' } });
    let snap = getNextSnapshot(machine, actor.getSnapshot(), {
      type: 'reply.submit',
      analysis: analyzeReply('So sorry! Which error do you get?', { lang: 'en' }),
      at: 1,
      normalize: replyReader.normalize,
    });
    snap = getNextSnapshot(machine, snap, { type: 'action.take', action: 'send_official_link', at: 2 });
    expect(snap.context.flags).toEqual(['link']);
    snap = getNextSnapshot(machine, snap, {
      type: 'reply.submit',
      analysis: analyzeReply("I'll check back with you within 10 minutes.", { lang: 'en' }),
      at: 3,
      normalize: replyReader.normalize,
    });
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('resolved');
  });

  it('lets the customer leave when the mood reaches the limit', () => {
    const { machine } = compiled();
    const actor = createActor(machine, { input: { locale: 'en', seed: 's' } });
    let snap = actor.getSnapshot();
    const cold = analyzeReply('ok', { lang: 'en' });
    for (let i = 0; i < 3; i++)
      snap = getNextSnapshot(machine, snap, {
        type: 'reply.submit',
        analysis: cold,
        at: i,
        normalize: replyReader.normalize,
      });
    expect(snap.context.mood).toBe(10);
    expect(snap.value).toBe('customer_left');
    expect(snap.context.fired.at(-1)).toMatchObject({ kind: 'mood', next: 'customer_left' });
  });

  it('persists and restores a running conversation', () => {
    const { machine } = compiled();
    const actor = createActor(machine, { input: { locale: 'en', seed: 's' } }).start();
    actor.send({
      type: 'reply.submit',
      analysis: analyzeReply('ok', { lang: 'en' }),
      at: 1,
      normalize: replyReader.normalize,
    });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ReturnType<
      typeof actor.getPersistedSnapshot
    >;
    actor.stop();
    const restored = createActor(machine, { snapshot: saved, input: { locale: 'en', seed: 's' } }).start();
    expect(restored.getSnapshot().value).toBe('opening');
    expect(restored.getSnapshot().context.mood).toBe(8);
    expect(restored.getSnapshot().context.lines).toHaveLength(2);
  });
});

describe('action conditions', () => {
  const facts = (current: 'refund' | null) => ({
    analysis: null,
    normalizedReply: '',
    normalize: replyReader.normalize,
    actionsTaken: [
      { action: 'create_ticket' as const, priority: 'urgent' as const },
      ...(current ? [{ action: current }] : []),
    ],
    currentAction: current ? { action: current } : null,
    flags: [],
    mood: 5,
    turn: 1,
  });

  it("'action' means taken so far; with now: true only the action of this event counts", () => {
    expect(compileCondition({ action: 'create_ticket' })(facts('refund'))).toBe(true);
    expect(compileCondition({ action: 'create_ticket', now: true })(facts('refund'))).toBe(false);
    expect(compileCondition({ action: 'refund', now: true })(facts('refund'))).toBe(true);
    expect(compileCondition({ action: 'create_ticket', priority: 'normal' })(facts(null))).toBe(false);
    expect(compileCondition('action: create_ticket')(facts(null))).toBe(true);
  });
});
