import { createActor, type Actor } from 'xstate';
import type { ReplyReader } from '../scoring/reply-reader.ts';
import type { Emotion, ReplyAnalysis } from '../scoring/types.ts';
import type {
  CompiledScenario,
  CustomerLine,
  FiredRule,
  SessionMachine,
} from '../scenario/compile-scenario.ts';
import type { Locale, Outcome, Priority, ToolActionId } from '../scenario/schema.ts';

/** milliseconds; any monotonic source (performance.now in the app, a manual clock in tests and scripted play) */
export type Clock = () => number;

export interface SessionOptions {
  locale: Locale;
  /** chooses among the customer's line variants; the same seed and inputs give the same conversation */
  seed?: string;
  clock: Clock;
  /** the analyzer (`replyReader` from scoring/reply-reader.ts): only replies need it, so the app may load it late */
  reader: ReplyReader;
}

export interface CustomerEntry {
  kind: 'customer';
  /** ms since the conversation started */
  at: number;
  beat: string;
  text: string;
  mood: number;
  source: CustomerLine['source'];
  rule?: string;
}
export interface AgentEntry {
  kind: 'agent';
  at: number;
  beat: string;
  text: string;
  analysis: ReplyAnalysis;
  /** rules that fired on this reply, e.g. `greet.apologised` */
  fired: string[];
  /** ms the customer had waited for this reply, since the agent's previous reply or action, or the opening line */
  waited: number;
  mood: number;
  /** the conversation's flags after this reply */
  flags: readonly string[];
}
export interface ActionEntry {
  kind: 'action';
  at: number;
  beat: string;
  action: ToolActionId;
  priority?: Priority;
  fired: string[];
  mood: number;
  flags: readonly string[];
}
export interface SilenceEntry {
  kind: 'silence';
  at: number;
  beat: string;
  seconds: number;
  fired: string[];
  mood: number;
  flags: readonly string[];
}
export interface EndEntry {
  kind: 'end';
  at: number;
  end: string;
  outcome: Outcome;
  /** why it ended, e.g. `greet.rules[3]` or `solve.patience` */
  reason: string;
}
export type TranscriptEntry = CustomerEntry | AgentEntry | ActionEntry | SilenceEntry | EndEntry;

/** what the agent did, in order, with times: enough to replay the conversation exactly */
export type SessionInputRecord =
  | { type: 'reply'; text: string; at: number }
  | { type: 'action'; action: ToolActionId; priority?: Priority; at: number }
  | { type: 'tick'; at: number };

export type SessionErrorCode = 'session_ended' | 'action_not_offered' | 'invalid_reply';
export interface SessionError {
  code: SessionErrorCode;
  message: string;
  params?: Record<string, string | number>;
}
export type StepResult = { ok: true; lines: CustomerEntry[] } | { ok: false; error: SessionError };

export interface SessionState {
  beat: string;
  ended: boolean;
  end: string | null;
  outcome: Outcome | null;
  mood: number;
  turn: number;
  flags: readonly string[];
  offeredActions: readonly ToolActionId[];
}

const DEFAULT_PRIORITY: Priority = 'normal';

/**
 * One attempt at a scenario: replies go through the analyzer into the compiled machine, tool actions and silence
 * too, and every line is kept with its time. Time comes from the injected clock only.
 * @example
 * let now = 0;
 * const session = createSession(compiled, { locale: 'en', seed: 'demo', clock: () => now, reader: replyReader });
 * now += 15_000;
 * session.reply("I'm so sorry about this. What do you see when you try to log in?");
 */
export function createSession(compiled: CompiledScenario, options: SessionOptions) {
  const { scenario } = compiled;
  const startedAt = options.clock();
  const now = () => options.clock() - startedAt;
  const actor: Actor<SessionMachine> = createActor(compiled.machine, {
    input: { locale: options.locale, seed: options.seed ?? scenario.id },
  });
  const transcript: TranscriptEntry[] = [];
  const log: SessionInputRecord[] = [];
  const moodTrace: { at: number; mood: number }[] = [];
  let linesSeen = 0;
  let firedSeen = 0;
  /** when the customer started waiting: the opening, or the agent's last reply or action */
  let waitingSince = 0;

  const context = () => actor.getSnapshot().context;
  const ended = () => actor.getSnapshot().status === 'done';

  function collect(at: number): { lines: CustomerEntry[]; fired: FiredRule[] } {
    const ctx = context();
    const fired = ctx.fired.slice(firedSeen);
    firedSeen = ctx.fired.length;
    const lines = ctx.lines.slice(linesSeen).map((l): CustomerEntry => ({
      kind: 'customer',
      at,
      beat: l.beat,
      text: l.text,
      mood: l.mood,
      source: l.source,
      ...(l.rule && { rule: l.rule }),
    }));
    linesSeen = ctx.lines.length;
    const last = moodTrace[moodTrace.length - 1];
    if (!last || last.mood !== ctx.mood) moodTrace.push({ at, mood: ctx.mood });
    return { lines, fired };
  }

  function finish(at: number, fired: FiredRule[]): void {
    if (!ended()) return;
    const end = context().beat;
    const last = fired[fired.length - 1];
    transcript.push({
      kind: 'end',
      at,
      end,
      outcome: compiled.outcomes[end] ?? 'failed',
      reason: last?.rule ?? '',
    });
  }

  function customerEmotion(): Emotion {
    return context().mood >= 5 ? scenario.persona.emotion : 'none';
  }

  function lastCustomerLine(): string | undefined {
    for (let i = transcript.length - 1; i >= 0; i--) {
      const e = transcript[i];
      if (e?.kind === 'customer') return e.text;
    }
    return undefined;
  }

  /** silence rules and patience that came due while the customer waited */
  function tick(): CustomerEntry[] {
    const out: CustomerEntry[] = [];
    if (ended()) return out;
    const at = now();
    log.push({ type: 'tick', at });
    for (let guard = 0; guard < 50 && !ended(); guard++) {
      const waited = (at - waitingSince) / 1000;
      const deadline = compiled.silenceDeadlines(context().beat, context().silenceStep)[0];
      if (deadline === undefined || deadline > waited) break;
      const dueAt = waitingSince + deadline * 1000;
      const beat = context().beat;
      actor.send({ type: 'timer.silence', seconds: deadline, at: dueAt });
      const { lines, fired } = collect(dueAt);
      // patience ran out in a scenario with no end to leave to: nothing happened, nothing to record
      if (fired.length === 0) break;
      transcript.push({
        kind: 'silence',
        at: dueAt,
        beat,
        seconds: deadline,
        fired: fired.map((f) => f.rule),
        mood: context().mood,
        flags: context().flags,
      });
      transcript.push(...lines);
      out.push(...lines);
      finish(dueAt, fired);
    }
    return out;
  }

  function reply(text: string): StepResult {
    const before = tick();
    if (ended())
      return { ok: false, error: { code: 'session_ended', message: 'the conversation has ended' } };
    const customer = lastCustomerLine();
    // the reply's own language, not the scenario's: a trainee may answer a Chinese customer in English
    const result = options.reader.analyze(text, {
      context: { ...(customer && { customer }), emotion: customerEmotion() },
    });
    if (!result.ok) {
      return {
        ok: false,
        error: {
          code: 'invalid_reply',
          message: result.error.message,
          params: { reason: result.error.code },
        },
      };
    }
    const at = now();
    log.push({ type: 'reply', text, at });
    const beat = context().beat;
    actor.send({ type: 'reply.submit', analysis: result.analysis, at, normalize: options.reader.normalize });
    const { lines, fired } = collect(at);
    transcript.push({
      kind: 'agent',
      at,
      beat,
      text,
      analysis: result.analysis,
      fired: fired.map((f) => f.rule),
      waited: at - waitingSince,
      mood: context().mood,
      flags: context().flags,
    });
    transcript.push(...lines);
    waitingSince = at;
    finish(at, fired);
    return { ok: true, lines: [...before, ...lines] };
  }

  function act(action: ToolActionId, priority?: Priority): StepResult {
    const before = tick();
    if (ended())
      return { ok: false, error: { code: 'session_ended', message: 'the conversation has ended' } };
    const beat = context().beat;
    const offered = compiled.offeredActions(beat);
    if (!offered.includes(action)) {
      return {
        ok: false,
        error: {
          code: 'action_not_offered',
          message: `'${action}' is not available here; available: ${offered.join(', ') || 'none'}`,
          params: { action, beat },
        },
      };
    }
    const p = action === 'create_ticket' ? (priority ?? DEFAULT_PRIORITY) : priority;
    const at = now();
    log.push({ type: 'action', action, ...(p && { priority: p }), at });
    actor.send({ type: 'action.take', action, ...(p && { priority: p }), at });
    const { lines, fired } = collect(at);
    transcript.push({
      kind: 'action',
      at,
      beat,
      action,
      ...(p && { priority: p }),
      fired: fired.map((f) => f.rule),
      mood: context().mood,
      flags: context().flags,
    });
    transcript.push(...lines);
    // the customer sees the agent act, so the wait starts again
    waitingSince = at;
    finish(at, fired);
    return { ok: true, lines: [...before, ...lines] };
  }

  function state(): SessionState {
    const ctx = context();
    const done = ended();
    return {
      beat: ctx.beat,
      ended: done,
      end: done ? ctx.beat : null,
      outcome: done ? (compiled.outcomes[ctx.beat] ?? 'failed') : null,
      mood: ctx.mood,
      turn: ctx.turn,
      flags: ctx.flags,
      offeredActions: done ? [] : compiled.offeredActions(ctx.beat),
    };
  }

  actor.start();
  const opening = collect(0);
  transcript.push(...opening.lines);

  return {
    compiled,
    locale: options.locale,
    /** the running XState actor, for UIs that subscribe to it (`useSelector` from @xstate/react) */
    actor,
    reply,
    act,
    tick,
    state,
    /** every line so far, in order */
    transcript: transcript as readonly TranscriptEntry[],
    moodTrace: moodTrace as readonly { at: number; mood: number }[],
    /** the agent's inputs with their times, to save and replay */
    log: log as readonly SessionInputRecord[],
    /** ms the customer has waited since the opening or the agent's last reply or action */
    waiting: () => now() - waitingSince,
    /** the rules that fired so far, in order */
    fired: () => context().fired as readonly FiredRule[],
    stop: () => actor.stop(),
  };
}

export type Session = ReturnType<typeof createSession>;

/**
 * Rebuild a session from its saved inputs: the same scenario, seed and inputs give the same conversation. With a
 * clock, the session then goes on live from the time of the last input (time away is not counted as waiting).
 */
export function replaySession(
  compiled: CompiledScenario,
  options: Omit<SessionOptions, 'clock'> & { clock?: Clock },
  records: readonly SessionInputRecord[],
): Session {
  let replaying = true;
  let t = 0;
  let offset = 0;
  const live = options.clock;
  const session = createSession(compiled, {
    ...options,
    clock: () => (replaying || !live ? t : live() + offset),
  });
  for (const r of records) {
    t = r.at;
    if (r.type === 'reply') session.reply(r.text);
    else if (r.type === 'action') session.act(r.action, r.priority);
    else session.tick();
  }
  if (live) offset = t - live();
  replaying = false;
  return session;
}
