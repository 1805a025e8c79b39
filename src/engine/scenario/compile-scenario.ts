import { assign, setup } from 'xstate';
import type { ReplyAnalysis } from '../scoring/types.ts';
import { compileCondition, type ConditionFacts, type Predicate, type TakenAction } from './condition.ts';
import { pickLine } from './lines.ts';
import { outcomeOf } from './constants.ts';
import type { Checkpoint, Line, Locale, Outcome, Priority, Scenario, ToolActionId } from './schema.ts';

/** a line the customer said, kept in the machine's context so the runner can read what was said */
export interface CustomerLine {
  beat: string;
  /** what made the customer say it */
  source: 'enter' | 'rule' | 'silence' | 'end';
  /** the rule's name or place, e.g. `greet.rules[1]`, for rule and silence lines */
  rule?: string;
  variant: number;
  text: string;
  mood: number;
  /** the number of the event that led to this line, counting from 1 (0 for the opening line) */
  event: number;
}

/** why the machine did something: a rule that fired, or the customer running out of patience */
export interface FiredRule {
  event: number;
  beat: string;
  rule: string;
  kind: 'reply' | 'action' | 'silence' | 'patience' | 'mood' | 'turns';
  next?: string;
  moodChange: number;
}

export interface SessionContext {
  locale: Locale;
  seed: string;
  mood: number;
  flags: string[];
  /** replies so far */
  turn: number;
  actionsTaken: TakenAction[];
  /** every customer line so far; the transcript cursor is its length */
  lines: CustomerLine[];
  fired: FiredRule[];
  /** silence rules of the current beat already fired since the last reply */
  silenceStep: number;
  /** events handled so far */
  events: number;
  /** the beat the machine is in, or the end it reached */
  beat: string;
}

export type SessionEvent =
  | {
      type: 'reply.submit';
      analysis: ReplyAnalysis;
      at: number;
      /** the analyzer's normaliser (see `ConditionFacts.normalize`) */
      normalize: (text: string) => string;
    }
  | { type: 'action.take'; action: ToolActionId; priority?: Priority; at: number }
  | { type: 'timer.silence'; seconds: number; at: number };

export interface SessionInput {
  locale: Locale;
  seed: string;
}

interface Effect {
  beat: string;
  rule: string;
  kind: FiredRule['kind'];
  mood: number;
  set: readonly string[];
  unset: readonly string[];
  say: readonly Line[];
  source: CustomerLine['source'];
  next?: string;
}

const normalizedReplies = new WeakMap<ReplyAnalysis, string>();

function normalizedReply(a: ReplyAnalysis, normalize: (text: string) => string): string {
  let n = normalizedReplies.get(a);
  if (n === undefined) {
    n = normalize(a.text);
    normalizedReplies.set(a, n);
  }
  return n;
}

/** events with no reply have nothing to normalise: `mentions` is false without an analysis */
const unnormalized = (text: string) => text;

/** what conditions see for an event: the reply counted as a turn, the action counted as taken */
export function factsFor(context: SessionContext, event: SessionEvent): ConditionFacts {
  const isReply = event.type === 'reply.submit';
  return {
    analysis: isReply ? event.analysis : null,
    normalizedReply: isReply ? normalizedReply(event.analysis, event.normalize) : '',
    normalize: isReply ? event.normalize : unnormalized,
    actionsTaken:
      event.type === 'action.take'
        ? [
            ...context.actionsTaken,
            { action: event.action, ...(event.priority && { priority: event.priority }) },
          ]
        : context.actionsTaken,
    currentAction:
      event.type === 'action.take'
        ? { action: event.action, ...(event.priority && { priority: event.priority }) }
        : null,
    flags: context.flags,
    mood: context.mood,
    turn: isReply ? context.turn + 1 : context.turn,
  };
}

export function clampMood(mood: number): number {
  return Math.max(0, Math.min(10, mood));
}

/** the bookkeeping every event does, whether or not a rule fires */
export function recordEvent(context: SessionContext, event: SessionEvent): Partial<SessionContext> {
  switch (event.type) {
    case 'reply.submit':
      return { events: context.events + 1, turn: context.turn + 1, silenceStep: 0 };
    case 'action.take':
      return {
        events: context.events + 1,
        silenceStep: 0,
        actionsTaken: [
          ...context.actionsTaken,
          { action: event.action, ...(event.priority && { priority: event.priority }) },
        ],
      };
    default:
      return { events: context.events + 1 };
  }
}

/** a rule's effects on the context: mood, flags, the customer's line and the record of why */
export function applyEffect(context: SessionContext, effect: Effect): Partial<SessionContext> {
  const mood = clampMood(context.mood + effect.mood);
  const flags = context.flags.filter((f) => !effect.unset.includes(f));
  for (const f of effect.set) if (!flags.includes(f)) flags.push(f);
  const picked = pickLine(
    effect.say,
    mood,
    context.locale,
    context.seed,
    `${effect.rule}|${context.lines.length}`,
  );
  const fired: FiredRule = {
    event: context.events,
    beat: effect.beat,
    rule: effect.rule,
    kind: effect.kind,
    moodChange: mood - context.mood,
    ...(effect.next !== undefined && { next: effect.next }),
  };
  return {
    mood,
    flags,
    fired: [...context.fired, fired],
    silenceStep: effect.kind === 'silence' ? context.silenceStep + 1 : context.silenceStep,
    lines: picked
      ? [
          ...context.lines,
          {
            beat: effect.beat,
            source: effect.source,
            rule: effect.rule,
            variant: picked.variant,
            text: picked.text,
            mood,
            event: context.events,
          },
        ]
      : context.lines,
  };
}

/** the customer's line on entering a beat or an end */
export function enterLine(
  context: SessionContext,
  beat: string,
  say: readonly Line[] | undefined,
  source: 'enter' | 'end',
): Partial<SessionContext> {
  const picked = say
    ? pickLine(say, context.mood, context.locale, context.seed, `${beat}|${source}|${context.lines.length}`)
    : undefined;
  return {
    beat,
    silenceStep: 0,
    ...(picked && {
      lines: [
        ...context.lines,
        {
          beat,
          source,
          variant: picked.variant,
          text: picked.text,
          mood: context.mood,
          event: context.events,
        },
      ],
    }),
  };
}

/** one machine definition shared by every scenario: the scenario's parts arrive as typed params */
export const sessionSetup = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  guards: {
    conditionHolds: ({ context, event }, params: { when: Predicate }) =>
      params.when(factsFor(context, event)),
    silenceDue: ({ context, event }, params: { step: number; after: number }) =>
      event.type === 'timer.silence' && context.silenceStep === params.step && event.seconds >= params.after,
    patienceRunOut: ({ event }, params: { patience: number }) =>
      event.type === 'timer.silence' && event.seconds >= params.patience,
    moodAtLeast: ({ context }, params: { value: number }) => context.mood >= params.value,
    turnsAtLeast: ({ context }, params: { value: number }) => context.turn >= params.value,
  },
  actions: {
    recordEvent: assign(({ context, event }) => recordEvent(context, event)),
    applyEffect: assign(({ context }, params: { effect: Effect }) => applyEffect(context, params.effect)),
    enter: assign(
      ({ context }, params: { beat: string; say: readonly Line[] | undefined; source: 'enter' | 'end' }) =>
        enterLine(context, params.beat, params.say, params.source),
    ),
  },
});

type StateConfig = Parameters<typeof sessionSetup.createStateConfig>[0];

function createSessionMachine(
  id: string,
  initial: string,
  mood: number,
  states: Record<string, StateConfig>,
) {
  return sessionSetup.createMachine({
    id,
    initial,
    context: ({ input }) => ({
      locale: input.locale,
      seed: input.seed,
      mood,
      flags: [],
      turn: 0,
      actionsTaken: [],
      lines: [],
      fired: [],
      silenceStep: 0,
      events: 0,
      beat: initial,
    }),
    states,
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;

export interface CompiledCheckpoint extends Omit<Checkpoint, 'when'> {
  when: Predicate;
}

export interface CompiledScenario {
  scenario: Scenario;
  machine: SessionMachine;
  startBeat: string;
  /** where the customer goes when they run out of patience; undefined when the scenario has no such end */
  leaveEnd: string | undefined;
  checkpoints: CompiledCheckpoint[];
  outcomes: Record<string, Outcome>;
  /** the tool actions offered in a beat */
  offeredActions(beat: string): readonly ToolActionId[];
  /** the silence thresholds (seconds) of a beat, ascending, and the patience after which the customer leaves */
  silenceDeadlines(beat: string, step: number): number[];
}

function ruleName(beat: string, list: 'rules' | 'silence', index: number, id?: string): string {
  return id ? `${beat}.${id}` : `${beat}.${list}[${index}]`;
}

/**
 * Turn a validated scenario into an XState machine: one state per beat, a final state per end, reply rules as
 * guarded transitions in order, silence rules and patience as `timer.silence` transitions.
 * @example
 * const compiled = compileScenario(scenario);
 * const actor = createActor(compiled.machine, { input: { locale: 'en', seed: 'a' } }).start();
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const beatIds = Object.keys(scenario.beats);
  const endIds = Object.keys(scenario.ends);
  const startBeat = scenario.start ?? beatIds[0] ?? '';
  const outcomes: Record<string, Outcome> = {};
  for (const id of endIds) {
    const end = scenario.ends[id];
    if (end) outcomes[id] = outcomeOf(id, end) ?? 'failed';
  }
  const leaveEnd =
    endIds.find((id) => outcomes[id] === 'customer_left') ?? endIds.find((id) => outcomes[id] === 'failed');
  const { patience, leavesAt } = scenario.persona;

  const offered = (beat: string): readonly ToolActionId[] =>
    scenario.beats[beat]?.actions ?? scenario.actions;
  // in time order, each keeping its place in the file so transcripts name the rule the author wrote
  const silenceOf = (beat: string) =>
    (scenario.beats[beat]?.silence ?? [])
      .map((rule, index) => ({ ...rule, index }))
      .sort((a, b) => a.after - b.after);

  const states: Record<string, StateConfig> = {};
  for (const beatId of beatIds) {
    const beat = scenario.beats[beatId];
    if (!beat) continue;
    const transitionFor = (rule: (typeof beat.rules)[number], index: number) => {
      const kind: Effect['kind'] = rule.on === 'action' ? 'action' : 'reply';
      const effect: Effect = {
        beat: beatId,
        rule: ruleName(beatId, 'rules', index, rule.id),
        kind,
        mood: rule.mood ?? 0,
        set: rule.set ?? [],
        unset: rule.unset ?? [],
        say: rule.say ?? [],
        source: 'rule',
        ...(rule.next !== undefined && { next: rule.next }),
      };
      const when = compileCondition(rule.when ?? 'always');
      return {
        guard: { type: 'conditionHolds' as const, params: { when } },
        ...(rule.next !== undefined && { target: rule.next, reenter: true }),
        actions: [{ type: 'recordEvent' as const }, { type: 'applyEffect' as const, params: { effect } }],
      };
    };
    const replyRules = beat.rules.flatMap((r, i) => (r.on === 'reply' ? [transitionFor(r, i)] : []));
    const actionRules = beat.rules.flatMap((r, i) => (r.on === 'action' ? [transitionFor(r, i)] : []));
    const silence = silenceOf(beatId).map((rule, step) => {
      const effect: Effect = {
        beat: beatId,
        rule: ruleName(beatId, 'silence', rule.index),
        kind: 'silence',
        mood: rule.mood ?? 0,
        set: [],
        unset: [],
        say: rule.say ?? [],
        source: 'silence',
        ...(rule.next !== undefined && { next: rule.next }),
      };
      return {
        guard: { type: 'silenceDue' as const, params: { step, after: rule.after } },
        ...(rule.next !== undefined && { target: rule.next, reenter: true }),
        actions: [{ type: 'recordEvent' as const }, { type: 'applyEffect' as const, params: { effect } }],
      };
    });
    const leave = (kind: 'patience' | 'mood' | 'turns') =>
      leaveEnd === undefined
        ? []
        : [
            {
              target: leaveEnd,
              actions: [
                {
                  type: 'applyEffect' as const,
                  params: {
                    effect: {
                      beat: beatId,
                      rule: `${beatId}.${kind}`,
                      kind,
                      mood: 0,
                      set: [],
                      unset: [],
                      say: [],
                      source: 'rule' as const,
                      next: leaveEnd,
                    },
                  },
                },
              ],
            },
          ];
    const [patienceLeave] = leave('patience');
    const [moodLeave] = leave('mood');
    const [turnsLeave] = leave('turns');
    states[beatId] = {
      entry: [{ type: 'enter', params: { beat: beatId, say: beat.say, source: 'enter' } }],
      always: [
        ...(moodLeave
          ? [{ ...moodLeave, guard: { type: 'moodAtLeast' as const, params: { value: leavesAt } } }]
          : []),
        ...(turnsLeave
          ? [
              {
                ...turnsLeave,
                guard: { type: 'turnsAtLeast' as const, params: { value: scenario.maxTurns } },
              },
            ]
          : []),
      ],
      on: {
        'reply.submit': [...replyRules, { actions: [{ type: 'recordEvent' }] }],
        // the runner refuses actions the beat does not offer, so every action that arrives here counts
        'action.take': [...actionRules, { actions: [{ type: 'recordEvent' }] }],
        'timer.silence': [
          ...(patienceLeave
            ? [
                {
                  ...patienceLeave,
                  guard: { type: 'patienceRunOut' as const, params: { patience } },
                  actions: [{ type: 'recordEvent' as const }, ...patienceLeave.actions],
                },
              ]
            : []),
          ...silence,
          { actions: [{ type: 'recordEvent' }] },
        ],
      },
    };
  }
  for (const endId of endIds) {
    const end = scenario.ends[endId];
    states[endId] = {
      type: 'final',
      entry: [{ type: 'enter', params: { beat: endId, say: end?.say, source: 'end' } }],
    };
  }

  const machine = createSessionMachine(scenario.id, startBeat, scenario.persona.mood, states);

  return {
    scenario,
    machine,
    startBeat,
    leaveEnd,
    outcomes,
    checkpoints: scenario.rubric.checkpoints.map((c) => ({ ...c, when: compileCondition(c.when) })),
    offeredActions: offered,
    silenceDeadlines: (beat, step) => [
      ...silenceOf(beat)
        .slice(step)
        .map((r) => r.after),
      patience,
    ],
  };
}
