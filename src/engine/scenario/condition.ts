import type { ForbiddenCategory, QuestionLevel, ReplyAnalysis } from '../scoring/types.ts';
import type { Condition, Priority, ToolActionId } from './schema.ts';

export interface TakenAction {
  action: ToolActionId;
  priority?: Priority;
}

/** what a condition can look at when an event arrives */
export interface ConditionFacts {
  /** the reply's analysis; null when the event is a tool action or silence */
  analysis: ReplyAnalysis | null;
  /** the reply normalised (case, width, script folded), for `mentions` */
  normalizedReply: string;
  /**
   * the analyzer's normaliser, for the words of `mentions`: it comes with the reply, so that compiling and running
   * a scenario does not load the analyzer (the app loads it after the customer's opening line)
   */
  normalize: (text: string) => string;
  /** every tool action taken so far, the current one included */
  actionsTaken: readonly TakenAction[];
  /** the tool action of this event; null for replies and silence */
  currentAction: TakenAction | null;
  flags: readonly string[];
  mood: number;
  /** replies so far, the current one included */
  turn: number;
}

export type Predicate = (facts: ConditionFacts) => boolean;

const COMPARE = /^(mood|turn)\s*(>=|<=|>|<|==)\s*(\d{1,3})$/;

function compare(op: string, left: number, right: number): boolean {
  switch (op) {
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
    default:
      return left === right;
  }
}

function inRange(value: number, r: { min?: number; max?: number }): boolean {
  return (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max);
}

function signal(name: string): Predicate {
  const [head, sub] = name.split(':') as [string, string | undefined];
  switch (head) {
    case 'always':
      return () => true;
    case 'question':
      if (sub) {
        const level = sub as QuestionLevel;
        return (f) => f.analysis?.question.evidence.some((e) => e.level === level) ?? false;
      }
      return (f) => f.analysis?.question.fired ?? false;
    case 'forbidden':
      if (sub) {
        const category = sub as ForbiddenCategory;
        return (f) => f.analysis?.forbidden.some((h) => h.category === category) ?? false;
      }
      return (f) => (f.analysis?.forbidden.length ?? 0) > 0;
    case 'empathy':
    case 'apology':
    case 'restatement':
    case 'solution':
    case 'timeline':
    case 'followup': {
      const key = head;
      return (f) => f.analysis?.[key].fired ?? false;
    }
    default:
      // the schema admits only the names above; reaching here is a broken invariant
      throw new Error(`unknown signal ${JSON.stringify(name)}`);
  }
}

function atom(raw: string): Predicate {
  const s = raw.trim();
  const cmp = COMPARE.exec(s);
  if (cmp) {
    const [, what, op, value] = cmp as unknown as [string, 'mood' | 'turn', string, string];
    const n = Number(value);
    return (f) => compare(op, f[what], n);
  }
  if (s.startsWith('action:')) {
    const id = s.slice('action:'.length).trim();
    return (f) => f.actionsTaken.some((a) => a.action === id);
  }
  if (s.startsWith('flag:')) {
    const flag = s.slice('flag:'.length).trim();
    return (f) => f.flags.includes(flag);
  }
  return signal(s);
}

/** turn a validated condition into a predicate, once, so events only evaluate it */
export function compileCondition(c: Condition): Predicate {
  if (typeof c === 'string') return atom(c);
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return (f) => parts.every((p) => p(f));
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return (f) => parts.some((p) => p(f));
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (f) => !inner(f);
  }
  if ('mentions' in c) {
    const { mentions } = c;
    let words: string[] | undefined;
    return (f) => {
      if (f.analysis === null) return false;
      words ??= mentions.map((w) => f.normalize(w).trim()).filter((w) => w.length > 0);
      return words.some((w) => f.normalizedReply.includes(w));
    };
  }
  if ('action' in c) {
    const { action, priority, now } = c;
    const matches = (a: TakenAction) =>
      a.action === action && (priority === undefined || a.priority === priority);
    if (now) return (f) => f.currentAction !== null && matches(f.currentAction);
    return (f) => f.actionsTaken.some(matches);
  }
  if ('flag' in c) {
    const flag = c.flag;
    return (f) => f.flags.includes(flag);
  }
  if ('mood' in c) {
    const r = c.mood;
    return (f) => inRange(f.mood, r);
  }
  const r = c.turn;
  return (f) => inRange(f.turn, r);
}

/** every name a condition refers to, for the linter */
export interface ConditionRefs {
  signals: string[];
  actions: ToolActionId[];
  flags: string[];
  usesAlways: boolean;
}

export function conditionRefs(
  c: Condition,
  into: ConditionRefs = { signals: [], actions: [], flags: [], usesAlways: false },
): ConditionRefs {
  if (typeof c === 'string') {
    const s = c.trim();
    if (s === 'always') into.usesAlways = true;
    else if (s.startsWith('action:')) into.actions.push(s.slice(7).trim() as ToolActionId);
    else if (s.startsWith('flag:')) into.flags.push(s.slice(5).trim());
    else if (!COMPARE.test(s)) into.signals.push(s);
  } else if ('all' in c) c.all.forEach((x) => conditionRefs(x, into));
  else if ('any' in c) c.any.forEach((x) => conditionRefs(x, into));
  else if ('not' in c) conditionRefs(c.not, into);
  else if ('action' in c) into.actions.push(c.action);
  else if ('flag' in c) into.flags.push(c.flag);
  return into;
}

/** true when the condition holds whatever the reply, e.g. `always` or a missing `when` */
export function isAlwaysTrue(c: Condition | undefined): boolean {
  if (c === undefined) return true;
  if (typeof c === 'string') return c.trim() === 'always';
  if ('all' in c) return c.all.every(isAlwaysTrue);
  if ('any' in c) return c.any.some(isAlwaysTrue);
  return false;
}
