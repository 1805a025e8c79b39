import { normalizeText } from '../scoring/normalize.ts';
import { isAlwaysTrue } from './condition.ts';
import { compareIssues, formatPath, type ScenarioIssue } from './issues.ts';
import { parseScenario, type Locator } from './parse-scenario.ts';
import {
  LOCALES,
  outcomeOf,
  type Condition,
  type Line,
  type Locale,
  type LocalizedText,
  type Outcome,
  type Scenario,
  type ToolActionId,
} from './schema.ts';
import { suggest } from './suggest.ts';

export interface LintResult {
  /** the scenario, when the file could be read and validated */
  scenario?: Scenario;
  issues: ScenarioIssue[];
  errors: number;
  warnings: number;
}

type Path = (string | number)[];
type EventKind = 'reply' | 'action';

const MOOD_MAX = 10;
const TURN_MAX = 999;
/** conditions whose normal form grows past this many alternatives are not analysed (assumed satisfiable) */
const MAX_TERMS = 256;
/** term comparisons allowed for the shadowing check of one scenario; past it, rules count as live */
const SHADOW_BUDGET = 1_000_000;

/** bit i set: the value i is possible */
type Mask = bigint;

function rangeMask(lo: number, hi: number): Mask {
  const from = Math.max(0, lo);
  if (hi < from) return 0n;
  return ((1n << BigInt(hi - from + 1)) - 1n) << BigInt(from);
}

const FULL_MOOD = rangeMask(0, MOOD_MAX);
const FULL_TURN = rangeMask(0, TURN_MAX);

function lowest(mask: Mask): number {
  let i = 0;
  while (mask > 0n && (mask & 1n) === 0n) {
    mask >>= 1n;
    i++;
  }
  return i;
}

function highest(mask: Mask): number {
  return mask.toString(2).length - 1;
}

// ---------------------------------------------------------------------------------------------------------------
// conditions in disjunctive normal form: a condition holds when one of its terms holds, a term when all its parts do

interface Term {
  /** literals that must hold, keyed like `s:empathy`, `a:refund`, `a:create_ticket:urgent`, `f:name`, `m:word` */
  pos: ReadonlyMap<string, Path>;
  /** literals that must not hold */
  neg: ReadonlyMap<string, Path>;
  mood: Mask;
  turn: Mask;
}

const TRUE_TERM: Term = { pos: new Map(), neg: new Map(), mood: FULL_MOOD, turn: FULL_TURN };

function mergeMaps(a: ReadonlyMap<string, Path>, b: ReadonlyMap<string, Path>): ReadonlyMap<string, Path> {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [k, v] of b) if (!out.has(k)) out.set(k, v);
  return out;
}

interface ActionKey {
  /** `n`: the action of this event (`now: true`); `a`: taken at some point, this event included */
  when: 'a' | 'n';
  action: string;
  priority: string | undefined;
}

/** `a:refund`, `n:create_ticket:urgent` */
function actionKey(key: string): ActionKey | undefined {
  if (!key.startsWith('a:') && !key.startsWith('n:')) return undefined;
  const [when, action = '', priority] = key.split(':');
  return { when: when === 'n' ? 'n' : 'a', action, priority };
}

/** positive literal `a` makes positive literal `b` true */
function implies(a: string, b: string): boolean {
  if (a === b) return true;
  if (b === 's:question') return a.startsWith('s:question:');
  if (b === 's:forbidden') return a.startsWith('s:forbidden:');
  if (a.startsWith('m:') && b.startsWith('m:')) return a.slice(2).includes(b.slice(2));
  const x = actionKey(a);
  const y = actionKey(b);
  // the action of this event is also among the actions taken so far
  if (x && y)
    return (
      x.action === y.action &&
      (y.when === 'a' || x.when === 'n') &&
      (y.priority === undefined || y.priority === x.priority)
    );
  return false;
}

/** a term that no facts can satisfy, whatever the scenario: `x and not x`, an empty mood range */
function isContradiction(t: Term): boolean {
  if (t.mood === 0n || t.turn === 0n) return true;
  for (const p of t.pos.keys()) for (const n of t.neg.keys()) if (implies(p, n)) return true;
  // one event is one action
  let now: ActionKey | undefined;
  for (const p of t.pos.keys()) {
    const k = actionKey(p);
    if (k?.when !== 'n') continue;
    if (
      now &&
      (now.action !== k.action ||
        (now.priority !== undefined && k.priority !== undefined && now.priority !== k.priority))
    )
      return true;
    now = now?.priority !== undefined ? now : k;
  }
  return false;
}

function conjoin(x: Term, y: Term): Term {
  return {
    pos: mergeMaps(x.pos, y.pos),
    neg: mergeMaps(x.neg, y.neg),
    mood: x.mood & y.mood,
    turn: x.turn & y.turn,
  };
}

const COMPARISON = /^(mood|turn)\s*(>=|<=|>|<|==)\s*(\d{1,3})$/;

function comparisonMask(op: string, n: number, max: number): Mask {
  switch (op) {
    case '>=':
      return rangeMask(n, max);
    case '>':
      return rangeMask(n + 1, max);
    case '<=':
      return rangeMask(0, Math.min(n, max));
    case '<':
      return rangeMask(0, Math.min(n - 1, max));
    default:
      return n <= max ? rangeMask(n, n) : 0n;
  }
}

interface Atom {
  /** what the author wrote, for messages */
  text: string;
  kind: 'always' | 'signal' | 'mentions' | 'action' | 'flag' | 'mood' | 'turn';
  /** literal keys; several for mentions (any of the words) */
  keys: string[];
  mask?: Mask;
  action?: ToolActionId;
  /** the action of this event only */
  now?: boolean;
  flag?: string;
}

function rangeText(what: string, r: { min?: number; max?: number }): string {
  if (r.min !== undefined && r.max !== undefined) return `${what} from ${r.min} to ${r.max}`;
  if (r.min !== undefined) return `${what} >= ${r.min}`;
  if (r.max !== undefined) return `${what} <= ${r.max}`;
  return `${what} (any)`;
}

/** the parts of a condition that are not all / any / not */
function atomOf(c: Condition): Atom | undefined {
  if (typeof c === 'string') {
    const s = c.trim();
    if (s === 'always') return { text: s, kind: 'always', keys: [] };
    const cmp = COMPARISON.exec(s);
    if (cmp) {
      const what = cmp[1] === 'mood' ? 'mood' : 'turn';
      const mask = comparisonMask(cmp[2] ?? '==', Number(cmp[3]), what === 'mood' ? MOOD_MAX : TURN_MAX);
      return { text: s, kind: what, keys: [], mask };
    }
    if (s.startsWith('action:')) {
      const action = s.slice('action:'.length).trim() as ToolActionId;
      return { text: s, kind: 'action', keys: [`a:${action}`], action };
    }
    if (s.startsWith('flag:')) {
      const flag = s.slice('flag:'.length).trim();
      return { text: s, kind: 'flag', keys: [`f:${flag}`], flag };
    }
    return { text: s, kind: 'signal', keys: [`s:${s}`] };
  }
  if ('mentions' in c) {
    const words = c.mentions.map((w) => normalizeText(w).text.trim()).filter((w) => w.length > 0);
    return { text: `mentions: ${c.mentions.join(', ')}`, kind: 'mentions', keys: words.map((w) => `m:${w}`) };
  }
  if ('action' in c) {
    const head = `${c.now ? 'n' : 'a'}:${c.action}`;
    const key = c.priority ? `${head}:${c.priority}` : head;
    return {
      text: `action: ${c.action}${c.priority ? ` (priority ${c.priority})` : ''}${c.now ? ' (now)' : ''}`,
      now: c.now === true,
      kind: 'action',
      keys: [key],
      action: c.action,
    };
  }
  if ('flag' in c) return { text: `flag: ${c.flag}`, kind: 'flag', keys: [`f:${c.flag}`], flag: c.flag };
  if ('mood' in c) {
    const r = c.mood;
    return {
      text: rangeText('mood', r),
      kind: 'mood',
      keys: [],
      mask: rangeMask(r.min ?? 0, r.max ?? MOOD_MAX),
    };
  }
  if ('turn' in c) {
    const r = c.turn;
    return {
      text: rangeText('turn', r),
      kind: 'turn',
      keys: [],
      mask: rangeMask(r.min ?? 0, r.max ?? TURN_MAX),
    };
  }
  return undefined;
}

/** where an atom is: strings at themselves, objects at their telling field */
function atomPath(c: Condition, path: Path): Path {
  if (typeof c === 'string') return path;
  if ('action' in c) return [...path, 'action'];
  if ('flag' in c) return [...path, 'flag'];
  if ('mood' in c) return [...path, 'mood'];
  if ('turn' in c) return [...path, 'turn'];
  if ('mentions' in c) return [...path, 'mentions'];
  return path;
}

function atomTerms(atom: Atom, path: Path, negated: boolean): Term[] {
  switch (atom.kind) {
    case 'always':
      return negated ? [] : [TRUE_TERM];
    case 'mood':
    case 'turn': {
      const full = atom.kind === 'mood' ? FULL_MOOD : FULL_TURN;
      const mask = negated ? full & ~(atom.mask ?? 0n) : (atom.mask ?? 0n);
      return [{ ...TRUE_TERM, [atom.kind]: mask }];
    }
    default: {
      // mentions holds when any word is there: one term per word, or all words absent
      if (atom.keys.length === 0) return negated ? [TRUE_TERM] : [];
      if (negated) return [{ ...TRUE_TERM, neg: new Map(atom.keys.map((k) => [k, path])) }];
      return atom.keys.map((k) => ({ ...TRUE_TERM, pos: new Map([[k, path]]) }));
    }
  }
}

/** the condition as alternatives of conjunctions; undefined when that would be too large to analyse */
function normalForm(c: Condition, path: Path, negated = false): Term[] | undefined {
  if (typeof c !== 'string') {
    const conjunction = ('all' in c && !negated) || ('any' in c && negated);
    const disjunction = ('any' in c && !negated) || ('all' in c && negated);
    if (conjunction || disjunction) {
      const key = 'all' in c ? 'all' : 'any';
      const parts = 'all' in c ? c.all : 'any' in c ? c.any : [];
      let out: Term[] = conjunction ? [TRUE_TERM] : [];
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === undefined) continue;
        const sub = normalForm(part, [...path, key, i], negated);
        if (sub === undefined) return undefined;
        if (disjunction) out = out.concat(sub);
        else {
          if (out.length * sub.length > MAX_TERMS) return undefined;
          const next: Term[] = [];
          for (const x of out)
            for (const y of sub) {
              const t = conjoin(x, y);
              if (!isContradiction(t)) next.push(t);
            }
          out = next;
        }
        if (out.length > MAX_TERMS) return undefined;
      }
      return out;
    }
    if ('not' in c) return normalForm(c.not, [...path, 'not'], !negated);
  }
  const atom = atomOf(c);
  if (!atom) return undefined;
  return atomTerms(atom, atomPath(c, path), negated).filter((t) => !isContradiction(t));
}

// ---------------------------------------------------------------------------------------------------------------
// what a condition can see in this scenario

interface Context {
  kind: EventKind;
  mood: Mask;
  turn: Mask;
  /** actions offered anywhere in the scenario */
  offered: ReadonlySet<string>;
  /** actions that can be the one of this event: those of the beat, for a beat's action rules */
  offeredNow: ReadonlySet<string>;
  flagsSet: ReadonlySet<string>;
  /** the beat whose rule is read; none for checkpoints */
  beat?: string;
}

/** a literal that is false whatever happens in this scenario */
function isFalseLiteral(key: string, ctx: Context): boolean {
  const action = actionKey(key);
  if (action?.when === 'n') return ctx.kind !== 'action' || !ctx.offeredNow.has(action.action);
  if (action) return !ctx.offered.has(action.action);
  if (key.startsWith('f:')) return !ctx.flagsSet.has(key.slice(2));
  // reply signals and mentions are false on tool actions (there is no reply to analyse)
  return ctx.kind === 'action';
}

function isSatisfiable(t: Term, ctx: Context): boolean {
  if ((t.mood & ctx.mood) === 0n || (t.turn & ctx.turn) === 0n) return false;
  for (const k of t.pos.keys()) if (isFalseLiteral(k, ctx)) return false;
  return true;
}

/** whenever `b` holds, `a` holds too */
function termImplies(b: Term, a: Term, ctx: Context): boolean {
  if ((b.mood & ctx.mood & ~a.mood) !== 0n || (b.turn & ctx.turn & ~a.turn) !== 0n) return false;
  for (const ka of a.pos.keys()) {
    let found = false;
    for (const kb of b.pos.keys()) if (implies(kb, ka)) found = true;
    if (!found) return false;
  }
  for (const ka of a.neg.keys()) {
    if (isFalseLiteral(ka, ctx)) continue;
    let found = false;
    for (const kb of b.neg.keys()) if (implies(ka, kb)) found = true;
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// the linter

interface Suspect {
  code:
    | 'action_not_offered'
    | 'action_not_in_beat'
    | 'action_now_on_reply'
    | 'flag_never_set'
    | 'impossible_comparison'
    | 'reply_signal_on_action';
  path: Path;
  /** the message without its ending; `dead` says whether the condition as a whole can never hold */
  message: (dead: boolean) => string;
  params: Record<string, string | number>;
}

interface RuleInfo {
  beat: string;
  index: number;
  kind: EventKind;
  next: string | undefined;
  /** satisfiable terms; undefined when not analysed */
  terms: Term[] | undefined;
  fires: boolean;
}

function everyEvent(kind: EventKind): string {
  return kind === 'reply' ? 'every reply' : 'every tool action';
}

function ruleName(beat: string, index: number, id: string | undefined): string {
  return id ? `rule '${id}' of beat '${beat}'` : `rule ${index + 1} of beat '${beat}'`;
}

function endOutcome(id: string, s: Scenario): Outcome {
  const end = s.ends[id];
  return (end && outcomeOf(id, end)) ?? 'failed';
}

/**
 * Graph and content checks on a validated scenario: unreachable beats and ends, dead ends, rules that can never
 * fire or are shadowed, missing texts per locale, unsatisfiable checkpoints. Issues carry file positions when a
 * locator is given.
 * @example
 * const parsed = parseScenario(text);
 * if (parsed.ok) for (const issue of lintScenario(parsed.scenario, parsed.locate)) report(issue);
 */
export function lintScenario(scenario: Scenario, locate?: Locator): ScenarioIssue[] {
  const s = scenario;
  const issues: ScenarioIssue[] = [];
  const add = (
    code: string,
    severity: ScenarioIssue['severity'],
    path: Path,
    message: string,
    params: Record<string, string | number> = {},
    at: 'key' | 'value' = 'value',
  ) => issues.push({ code, severity, path, message, params, ...locate?.(path, at) });

  const beatIds = Object.keys(s.beats);
  const endIds = Object.keys(s.ends);
  const startBeat = s.start ?? beatIds[0] ?? '';
  const leaveEnd =
    endIds.find((id) => endOutcome(id, s) === 'customer_left') ??
    endIds.find((id) => endOutcome(id, s) === 'failed');
  const leaves = leaveEnd !== undefined;
  const { leavesAt } = s.persona;

  // -- persona
  if (leavesAt <= MOOD_MAX && s.persona.mood >= leavesAt) {
    add(
      'leaves_at_once',
      'error',
      ['persona', 'mood'],
      `the customer starts at mood ${s.persona.mood} but leaves when the mood reaches ${leavesAt}, so they leave before the first reply; lower persona.mood or raise persona.leavesAt`,
      { mood: s.persona.mood, leavesAt },
    );
  }
  if (!leaves) {
    add(
      'no_leave_end',
      'warning',
      ['ends'],
      "no end has the outcome customer_left or failed, so the customer never leaves when their patience, mood or turns run out; add an end 'customer_left'",
    );
  }

  // -- what the scenario offers and sets
  const offered = new Set<string>(s.actions);
  for (const id of beatIds) for (const a of s.beats[id]?.actions ?? []) offered.add(a);
  const flagsSet = new Set<string>();
  const flagsTested = new Set<string>();
  for (const id of beatIds)
    for (const r of s.beats[id]?.rules ?? []) for (const f of r.set ?? []) flagsSet.add(f);

  const moodDomain = leaves && leavesAt <= MOOD_MAX ? rangeMask(0, leavesAt - 1) : FULL_MOOD;
  const contextFor = (kind: EventKind, beat?: string, offeredHere?: readonly string[]): Context => ({
    kind,
    ...(beat !== undefined && { beat }),
    offeredNow: offeredHere ? new Set(offeredHere) : offered,
    mood: moodDomain,
    // a reply counts itself; the customer gives up once the turns reach maxTurns
    turn:
      kind === 'reply'
        ? rangeMask(1, leaves ? s.maxTurns : TURN_MAX)
        : rangeMask(0, leaves ? s.maxTurns - 1 : TURN_MAX),
    offered,
    flagsSet,
  });

  /** the parts of a condition that can never be true here, with their own messages */
  const suspects = (
    c: Condition,
    path: Path,
    ctx: Context,
    negated = false,
    out: Suspect[] = [],
  ): Suspect[] => {
    if (typeof c !== 'string') {
      if ('all' in c) c.all.forEach((x, i) => suspects(x, [...path, 'all', i], ctx, negated, out));
      else if ('any' in c) c.any.forEach((x, i) => suspects(x, [...path, 'any', i], ctx, negated, out));
      else if ('not' in c) suspects(c.not, [...path, 'not'], ctx, !negated, out);
      if ('all' in c || 'any' in c || 'not' in c) return out;
    }
    const atom = atomOf(c);
    if (!atom) return out;
    const at = atomPath(c, path);
    const never = (dead: boolean) =>
      negated ? 'always true' : `never true${dead ? ' and the rule can never fire' : ''}`;
    if (atom.flag !== undefined) flagsTested.add(atom.flag);
    if (atom.action !== undefined && !offered.has(atom.action)) {
      const action = atom.action;
      out.push({
        code: 'action_not_offered',
        path: at,
        params: { action },
        message: (dead) =>
          `no beat offers the action '${action}', so '${negated ? `not ${atom.text}` : atom.text}' is ${never(dead)}; add ${action} to the scenario's or a beat's 'actions', or change the condition`,
      });
    }
    if (atom.flag !== undefined && !flagsSet.has(atom.flag)) {
      const flag = atom.flag;
      const hint = suggest(flag, [...flagsSet]);
      out.push({
        code: 'flag_never_set',
        path: at,
        params: { flag, ...(hint && { suggestion: hint }) },
        message: (dead) =>
          `no rule sets the flag '${flag}', so '${negated ? `not ${atom.text}` : atom.text}' is ${never(dead)}; ${hint ? `did you mean '${hint}'? ` : ''}add 'set: [${flag}]' to the rule that should turn it on`,
      });
    }
    if ((atom.kind === 'mood' || atom.kind === 'turn') && atom.mask !== undefined) {
      const full = atom.kind === 'mood' ? FULL_MOOD : FULL_TURN;
      const domain = atom.kind === 'mood' ? ctx.mood : ctx.turn;
      const effective = negated ? full & ~atom.mask : atom.mask;
      if ((effective & domain) === 0n && domain !== 0n) {
        const lo = lowest(domain);
        const hi = highest(domain);
        const why =
          atom.kind === 'mood'
            ? hi < MOOD_MAX && (effective & full) !== 0n
              ? `rules only see a mood from ${lo} to ${hi}, since the customer leaves when it reaches ${leavesAt} (persona.leavesAt)`
              : `the mood only goes from 0 to ${MOOD_MAX}`
            : ctx.kind === 'reply'
              ? `replies are counted from 1${leaves ? ` and the customer gives up after ${s.maxTurns} (maxTurns)` : ''}`
              : `on a tool action the turn is the number of replies so far, from ${lo} to ${hi}`;
        out.push({
          code: 'impossible_comparison',
          path: at,
          params: { condition: atom.text, min: lo, max: hi },
          message: (dead) =>
            `'${negated ? `not ${atom.text}` : atom.text}' can never be true: ${why}${dead ? ', so the rule can never fire' : ''}`,
        });
      }
    }
    if (atom.now && atom.action !== undefined && offered.has(atom.action) && !negated) {
      const action = atom.action;
      if (ctx.kind === 'reply') {
        out.push({
          code: 'action_now_on_reply',
          path: at,
          params: { action },
          message: (dead) =>
            `'${atom.text}' holds only while a tool action is handled, but this rule reacts to replies, so it is never true${dead ? ' and the rule can never fire' : ''}; drop 'now: true' to test an action taken earlier`,
        });
      } else if (!ctx.offeredNow.has(action)) {
        const beat = ctx.beat ?? '';
        out.push({
          code: 'action_not_in_beat',
          path: at,
          params: { action, beat },
          message: (dead) =>
            `beat '${beat}' does not offer '${action}', so the action handled here is never ${action}${dead ? ' and the rule can never fire' : ''}; add ${action} to the beat's 'actions' or drop 'now: true'`,
        });
      }
    }
    if ((atom.kind === 'signal' || atom.kind === 'mentions') && ctx.kind === 'action' && !negated) {
      out.push({
        code: 'reply_signal_on_action',
        path: at,
        params: { signal: atom.text },
        message: (dead) =>
          `'${atom.text}' looks at a reply, but this rule reacts to tool actions (on: action), so it is never true${dead ? ' and the rule can never fire' : ''}; test the action with 'action: <id>' or make it a reply rule`,
      });
    }
    return out;
  };

  /** analyse a rule's condition: its satisfiable terms, and the issues of its parts */
  const analyse = (
    c: Condition | undefined,
    path: Path,
    ctx: Context,
  ): { terms: Term[] | undefined; dead: boolean; found: Suspect[] } => {
    const condition = c ?? 'always';
    const found = c === undefined ? [] : suspects(condition, path, ctx);
    const all = normalForm(condition, path);
    const terms = all?.filter((t) => isSatisfiable(t, ctx));
    return { terms, dead: terms !== undefined && terms.length === 0, found };
  };

  // -- rules, beat by beat
  const rules: RuleInfo[] = [];
  const silenceEdges = new Map<string, string[]>();
  let budget = SHADOW_BUDGET;
  for (const beatId of beatIds) {
    const beat = s.beats[beatId];
    if (!beat) continue;
    const offeredHere = beat.actions ?? s.actions;
    const earlier: Record<EventKind, RuleInfo[]> = { reply: [], action: [] };
    const here: RuleInfo[] = [];
    beat.rules.forEach((rule, index) => {
      const kind: EventKind = rule.on;
      const path: Path = ['beats', beatId, 'rules', index];
      const name = ruleName(beatId, index, rule.id);
      const info: RuleInfo = { beat: beatId, index, kind, next: rule.next, terms: undefined, fires: true };
      rules.push(info);
      here.push(info);
      if (kind === 'action' && offeredHere.length === 0) {
        if (rule.when !== undefined)
          suspects(rule.when, [...path, 'when'], contextFor(kind, beatId, offeredHere));
        info.fires = false;
        add(
          'no_actions_in_beat',
          'error',
          [...path, 'on'],
          `${name} reacts to tool actions, but beat '${beatId}' offers none, so it can never fire; list actions for the beat or the scenario, or make it a reply rule`,
          { beat: beatId },
        );
        return;
      }
      const ctx = contextFor(kind, beatId, offeredHere);
      const { terms, dead, found } = analyse(rule.when, [...path, 'when'], ctx);
      info.terms = terms;
      for (const f of found) add(f.code, dead ? 'error' : 'warning', f.path, f.message(dead), f.params);
      if (dead) {
        info.fires = false;
        if (found.length === 0) {
          add(
            'impossible_condition',
            'error',
            [...path, 'when'],
            `the condition of ${name} can never be true: its parts contradict each other (like 'empathy' and 'not empathy'); fix the condition or remove the rule`,
            { beat: beatId, rule: index },
          );
        }
        return;
      }
      // shadowed: every way this rule can fire is already taken by an earlier rule for the same event
      if (terms !== undefined && budget > 0) {
        let by = -1;
        for (const t of terms) {
          let first = -1;
          for (const e of earlier[kind]) {
            budget -= (e.terms?.length ?? 0) + 1;
            if (e.terms?.some((et) => termImplies(t, et, ctx))) {
              first = e.index;
              break;
            }
          }
          if (first === -1) {
            by = -1;
            break;
          }
          by = Math.max(by, first);
        }
        if (by >= 0 && budget > 0) {
          info.fires = false;
          const other = beat.rules[by];
          const otherName = other?.id ? `rule '${other.id}'` : `rule ${by + 1}`;
          const always =
            other !== undefined &&
            (isAlwaysTrue(other.when) ||
              (earlier[kind].find((e) => e.index === by)?.terms ?? []).some((et) =>
                termImplies(TRUE_TERM, et, ctx),
              ));
          const same = other !== undefined && JSON.stringify(other.when) === JSON.stringify(rule.when);
          const reason = always ? 'always' : same ? 'same' : 'covered';
          const message =
            reason === 'always'
              ? `${name} never fires: ${otherName} before it fires on ${everyEvent(kind)}; move this rule above it or give that rule a condition`
              : reason === 'same'
                ? `${name} never fires: ${otherName} before it has the same condition and fires first; change one of the conditions or remove a rule`
                : `${name} never fires: whenever its condition holds, the condition of ${otherName} before it holds too, and that rule fires first; move this rule above it`;
          add('shadowed_rule', 'warning', path, message, { beat: beatId, rule: index, by, reason });
          return;
        }
      }
      earlier[kind].push(info);
    });

    // a fallback: some reply rule that fires on every reply
    const replyRules = here.filter((r) => r.kind === 'reply');
    const replyCtx = contextFor('reply');
    const hasFallback = replyRules.some(
      (r) =>
        isAlwaysTrue(beat.rules[r.index]?.when) ||
        (r.terms ?? []).some((t) => termImplies(TRUE_TERM, t, replyCtx)),
    );
    if (!hasFallback) {
      add(
        'no_fallback',
        'warning',
        ['beats', beatId, 'rules'],
        replyRules.length === 0
          ? `beat '${beatId}' has no reply rules, so the customer does not react to anything the trainee writes there; add a last rule without 'when'`
          : `no rule of beat '${beatId}' fires on every reply, so some replies get no reaction; add a last rule without 'when' as a fallback`,
        { beat: beatId },
      );
    }

    // silence rules fire in order of 'after', one per step, until one moves on
    const silence = (beat.silence ?? [])
      .map((rule, index) => ({ rule, index }))
      .sort((a, b) => a.rule.after - b.rule.after);
    const targets: string[] = [];
    let movedAt: { after: number; next: string } | undefined;
    silence.forEach(({ rule, index }, step) => {
      const path: Path = ['beats', beatId, 'silence', index];
      const previous = silence[step - 1];
      if (previous && previous.rule.after === rule.after) {
        add(
          'duplicate_silence',
          'warning',
          [...path, 'after'],
          `two silence rules of beat '${beatId}' wait the same ${rule.after} seconds, so the customer says both at once; give them different 'after' values`,
          { beat: beatId, after: rule.after },
        );
      }
      if (movedAt !== undefined) {
        add(
          'shadowed_rule',
          'warning',
          path,
          `this silence rule of beat '${beatId}' never fires: the one after ${movedAt.after} seconds already moves to '${movedAt.next}'; move it earlier or remove it`,
          { beat: beatId, silence: index, reason: 'silence_next' },
        );
        return;
      }
      if (leaves && rule.after >= s.persona.patience) {
        add(
          'silence_after_patience',
          'warning',
          [...path, 'after'],
          `this silence rule of beat '${beatId}' waits ${rule.after} seconds, but the customer leaves after ${s.persona.patience} seconds of silence (persona.patience), so it never fires; wait less or raise the patience`,
          { beat: beatId, after: rule.after, patience: s.persona.patience },
        );
        return;
      }
      if (rule.next !== undefined) {
        targets.push(rule.next);
        movedAt = { after: rule.after, next: rule.next };
      }
    });
    silenceEdges.set(beatId, targets);
  }

  // -- the graph: beats and ends joined by rules that can fire, silence, and the customer leaving
  const edges = new Map<string, string[]>();
  const deadTargets = new Set<string>();
  for (const id of beatIds) edges.set(id, [...(silenceEdges.get(id) ?? [])]);
  for (const r of rules) {
    if (r.next === undefined) continue;
    if (r.fires) edges.get(r.beat)?.push(r.next);
    else deadTargets.add(r.next);
  }
  const reached = new Set<string>(startBeat in s.beats ? [startBeat] : []);
  const queue = [...reached];
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q] ?? '';
    const out = [...(edges.get(at) ?? []), ...(leaveEnd !== undefined ? [leaveEnd] : [])];
    for (const next of out) {
      if (reached.has(next)) continue;
      reached.add(next);
      if (next in s.beats) queue.push(next);
    }
  }
  // which beats can still get to an end
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) {
    for (const to of tos) {
      const list = reverse.get(to);
      if (list) list.push(from);
      else reverse.set(to, [from]);
    }
  }
  const canEnd = new Set<string>(endIds);
  if (leaves) for (const id of beatIds) canEnd.add(id);
  const back = [...canEnd];
  while (back.length > 0) {
    const at = back.pop() ?? '';
    for (const from of reverse.get(at) ?? []) {
      if (canEnd.has(from)) continue;
      canEnd.add(from);
      back.push(from);
    }
  }

  // a beat that leads into a dead end is reported at the dead end, not again on the way there
  const exitsOf = (id: string) => (edges.get(id) ?? []).filter((t) => t !== id);
  const intoDeadEnd = new Set<string>(leaves ? [] : beatIds.filter((id) => exitsOf(id).length === 0));
  const towards = [...intoDeadEnd];
  while (towards.length > 0) {
    for (const from of reverse.get(towards.pop() ?? '') ?? []) {
      if (intoDeadEnd.has(from)) continue;
      intoDeadEnd.add(from);
      towards.push(from);
    }
  }

  for (const id of beatIds) {
    const exits = exitsOf(id);
    if (!reached.has(id)) {
      const onlyDead = deadTargets.has(id);
      add(
        'unreachable_beat',
        'error',
        ['beats', id],
        `beat '${id}' cannot be reached from '${startBeat}'${onlyDead ? ' (the rules that lead here can never fire)' : ''}; add a rule whose next is '${id}' or remove it`,
        { beat: id, start: startBeat },
      );
    }
    if (exits.length === 0 && !leaves) {
      add(
        'dead_end',
        'error',
        ['beats', id],
        `beat '${id}' is a dead end: no rule or silence rule leads anywhere and no end lets the customer leave, so the conversation never finishes; add a rule with a 'next', or an end 'customer_left'`,
        { beat: id },
      );
    } else if (exits.length === 0) {
      add(
        'stuck_beat',
        'warning',
        ['beats', id],
        `no rule of beat '${id}' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'`,
        { beat: id },
      );
    } else if (!canEnd.has(id) && reached.has(id) && !intoDeadEnd.has(id)) {
      add(
        'no_way_to_end',
        'error',
        ['beats', id],
        `from beat '${id}' no end can be reached: its rules only lead to beats that never finish; add a rule that leads to an end`,
        { beat: id },
      );
    }
  }
  for (const id of endIds) {
    if (!reached.has(id)) {
      add(
        'unreachable_end',
        'error',
        ['ends', id],
        `end '${id}' cannot be reached from '${startBeat}'${deadTargets.has(id) ? ' (the rules that lead here can never fire)' : ''}; add a rule whose next is '${id}' or remove it`,
        { end: id, start: startBeat },
      );
    }
  }
  const winnable = endIds.some(
    (id) => reached.has(id) && ['resolved', 'escalated'].includes(endOutcome(id, s)),
  );
  if (!winnable) {
    add(
      'no_success_end',
      'warning',
      ['ends'],
      'no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it',
    );
  }

  // -- rubric
  s.rubric.checkpoints.forEach((checkpoint, i) => {
    const path: Path = ['rubric', 'checkpoints', i];
    const weight = s.rubric.weights[checkpoint.dimension];
    if (weight === 0) {
      add(
        'checkpoint_weight_zero',
        'warning',
        [...path, 'dimension'],
        `checkpoint '${checkpoint.id}' counts towards ${checkpoint.dimension}, whose weight is 0, so missing it costs nothing; pick another dimension or give ${checkpoint.dimension} a weight`,
        { checkpoint: checkpoint.id, dimension: checkpoint.dimension },
      );
    }
    // a checkpoint is checked after every reply, action and silence; a part is wrong if it is wrong for all of them
    const [onReply, onAction] = (['reply', 'action'] as const).map((kind) => {
      const ctx: Context = {
        ...contextFor(kind),
        mood: FULL_MOOD,
        turn: rangeMask(0, leaves ? s.maxTurns : TURN_MAX),
      };
      return { ctx, ...analyse(checkpoint.when, [...path, 'when'], ctx) };
    });
    if (!onReply || !onAction) return;
    const both = onReply.found.filter((f) =>
      onAction.found.some((g) => g.code === f.code && formatPath(g.path) === formatPath(f.path)),
    );
    if (onReply.dead && onAction.dead) {
      const cause = both[0];
      add(
        'checkpoint_unsatisfiable',
        'error',
        cause?.path ?? [...path, 'when'],
        `checkpoint '${checkpoint.id}' can never be met: ${cause ? cause.message(false) : "its parts contradict each other (like 'empathy' and 'not empathy'); fix the condition"}`,
        { checkpoint: checkpoint.id, ...(cause && { cause: cause.code }) },
      );
      return;
    }
    for (const f of both) add(f.code, 'warning', f.path, f.message(false), f.params);
    // met by a reply that does nothing: the condition needs no signal, action or flag (a mood is an outcome)
    const trivial = (onReply.terms ?? []).some((t) => t.pos.size === 0 && (FULL_MOOD & ~t.mood) === 0n);
    if (trivial) {
      add(
        'checkpoint_always_met',
        'warning',
        [...path, 'when'],
        `checkpoint '${checkpoint.id}' is met by any reply that does nothing in particular, because its condition asks for no signal, action or flag (a 'not' alone is met by the first reply without the thing); say what the trainee did`,
        { checkpoint: checkpoint.id },
      );
    }
  });

  // -- flags, once every condition has been read
  const untested = new Map<string, { path: Path; count: number }>();
  for (const id of beatIds) {
    s.beats[id]?.rules.forEach((rule, index) => {
      (rule.set ?? []).forEach((flag, j) => {
        if (flagsTested.has(flag)) return;
        const seen = untested.get(flag);
        if (seen) seen.count++;
        else untested.set(flag, { path: ['beats', id, 'rules', index, 'set', j], count: 1 });
      });
      (rule.unset ?? []).forEach((flag, j) => {
        if (flagsSet.has(flag)) return;
        add(
          'flag_never_set',
          'warning',
          ['beats', id, 'rules', index, 'unset', j],
          `this rule clears the flag '${flag}', but no rule sets it; fix the name or remove it`,
          { flag },
        );
      });
    });
  }
  // one warning per flag: flags that only mark the transcript are common
  for (const [flag, { path, count }] of untested) {
    add(
      'flag_never_tested',
      'warning',
      path,
      `the flag '${flag}' is set${count > 1 ? ` by ${count} rules` : ''} but no condition or checkpoint tests it; test it with 'flag: ${flag}', or ignore this if it only marks the transcript`,
      { flag, count },
    );
  }

  lintTexts(s, add);
  return issues;
}

type Add = (
  code: string,
  severity: ScenarioIssue['severity'],
  path: Path,
  message: string,
  params?: Record<string, string | number>,
  at?: 'key' | 'value',
) => void;

/** every text of the scenario with its path: localized texts and line variants */
function* textsOf(s: Scenario): Generator<{ path: Path; text: LocalizedText | Line; note?: boolean }> {
  yield { path: ['title'], text: s.title };
  yield { path: ['summary'], text: s.summary };
  yield { path: ['persona', 'name'], text: s.persona.name };
  if (s.persona.style) yield { path: ['persona', 'style'], text: s.persona.style };
  const lines = function* (say: readonly Line[] | undefined, path: Path) {
    for (let i = 0; i < (say?.length ?? 0); i++) {
      const line = say?.[i];
      if (line) yield { path: [...path, i], text: line };
    }
  };
  for (const [id, beat] of Object.entries(s.beats)) {
    yield* lines(beat.say, ['beats', id, 'say']);
    for (let i = 0; i < beat.rules.length; i++)
      yield* lines(beat.rules[i]?.say, ['beats', id, 'rules', i, 'say']);
    for (let i = 0; i < (beat.silence?.length ?? 0); i++)
      yield* lines(beat.silence?.[i]?.say, ['beats', id, 'silence', i, 'say']);
  }
  for (const [id, end] of Object.entries(s.ends)) {
    yield* lines(end.say, ['ends', id, 'say']);
    yield { path: ['ends', id, 'note'], text: end.note, note: true };
  }
  for (let i = 0; i < s.rubric.checkpoints.length; i++) {
    const c = s.rubric.checkpoints[i];
    if (c) yield { path: ['rubric', 'checkpoints', i, 'title'], text: c.title };
  }
}

function lintTexts(s: Scenario, add: Add): void {
  const declared = new Set<Locale>(s.locales);
  const all = [...textsOf(s)];
  // a locale declared but written nowhere is one problem, not one per text
  const unwritten = new Set<Locale>(s.locales.filter((l) => all.every(({ text }) => text[l] === undefined)));
  s.locales.forEach((l, i) => {
    if (!unwritten.has(l)) return;
    add(
      'missing_locale',
      'warning',
      ['locales', i],
      `the locale ${l} is declared but no text is written in it; add the ${l} texts or remove it from 'locales'`,
      {
        locale: l,
      },
    );
  });
  const undeclared = new Map<Locale, { path: Path; count: number }>();
  for (const { path, text, note } of all) {
    for (const l of s.locales) {
      if (text[l] !== undefined) continue;
      if (note) {
        add(
          'missing_note',
          'error',
          [...path, l],
          `the debrief note ${formatPath(path)} has no ${l} text; add '${l}: ...' so trainees in ${l} get a debrief`,
          {
            locale: l,
          },
        );
      } else if (!unwritten.has(l)) {
        add(
          'missing_text',
          'warning',
          [...path, l],
          `${formatPath(path)} has no ${l} text, though ${l} is in 'locales'; add '${l}: ...'`,
          { locale: l },
        );
      }
    }
    for (const l of LOCALES) {
      if (declared.has(l) || text[l] === undefined) continue;
      const seen = undeclared.get(l);
      if (seen) seen.count++;
      else undeclared.set(l, { path: [...path, l], count: 1 });
    }
    if (
      'mood' in text &&
      text.mood?.min !== undefined &&
      text.mood.max !== undefined &&
      text.mood.min > text.mood.max
    ) {
      add(
        'empty_mood_range',
        'warning',
        [...path, 'mood'],
        `this line is never said: its mood range starts at ${text.mood.min} but ends at ${text.mood.max}; swap them`,
        {
          min: text.mood.min,
          max: text.mood.max,
        },
      );
    }
  }
  for (const [l, { path, count }] of undeclared) {
    add(
      'undeclared_locale',
      'warning',
      path,
      `${count === 1 ? 'a text is' : `${count} texts are`} written in ${l} (first at ${formatPath(path.slice(0, -1))}), but ${l} is not in 'locales', so no one sees them; add ${l} to 'locales' or remove them`,
      { locale: l, count },
      'key',
    );
  }
}

/** parse, validate and lint scenario text; never throws */
export function lintText(text: string): LintResult {
  const parsed = parseScenario(text);
  let issues: ScenarioIssue[];
  if (!parsed.ok) issues = [...parsed.issues];
  else {
    try {
      issues = [...parsed.warnings, ...lintScenario(parsed.scenario, parsed.locate)];
    } catch (e) {
      // a linter bug must not take the CLI or the editor down; say so instead
      issues = [
        ...parsed.warnings,
        {
          code: 'lint_failed',
          severity: 'error',
          path: [],
          message: `the linter failed on this file (${e instanceof Error ? e.message : String(e)}); please report it`,
        },
      ];
    }
  }
  issues.sort(compareIssues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    ...(parsed.ok && { scenario: parsed.scenario }),
    issues,
    errors,
    warnings: issues.length - errors,
  };
}
