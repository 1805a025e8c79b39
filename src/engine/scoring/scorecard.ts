import type { CompiledScenario } from '../scenario/compile-scenario.ts';
import type { ConditionFacts, TakenAction } from '../scenario/condition.ts';
import {
  DIMENSIONS,
  type Dimension,
  type Expectation,
  type LocalizedText,
  type Outcome,
  type Priority,
} from '../scenario/schema.ts';
import type { AgentEntry, TranscriptEntry } from '../session/session.ts';
import { normalizeText } from './normalize.ts';
import type { ForbiddenCategory, ForbiddenHit, Span } from './types.ts';

/** where a point was won or lost: a transcript entry and, for replies, the span and the rule */
export interface EvidenceRef {
  /** index into the transcript */
  entry: number;
  /** 1-based number of the agent's reply, when the evidence is a reply */
  reply?: number;
  span?: Span;
  ruleId?: string;
  cue?: string;
  /** a better phrasing, for forbidden phrases */
  suggestion?: string;
}

/** points lost, with a code the app and the CLI render through i18n (`scorecard.deduction.<code>`) */
export interface Deduction {
  code: DeductionCode;
  points: number;
  params?: Record<string, string | number>;
  evidence?: EvidenceRef[];
}

export type DeductionCode =
  | 'no_replies'
  | 'no_opening_empathy'
  | 'no_apology_to_angry'
  | 'little_empathy'
  | 'denied_feelings'
  | 'impatient_tone'
  | 'customer_angrier'
  | 'no_question'
  | 'closed_questions_only'
  | 'no_restatement'
  | 'forbidden_absolute'
  | 'forbidden_blame'
  | 'forbidden_dismissive'
  | 'forbidden_impatient'
  | 'forbidden_privacy'
  | 'not_finished'
  | 'customer_left'
  | 'failed'
  | 'no_solution'
  | 'solution_by_action_only'
  | 'no_timeline'
  | 'no_followup'
  | 'checkpoint_missed'
  | 'slow_first_response'
  | 'slow_reply'
  | 'customer_nudged'
  | 'over_service_level';

export interface DimensionScore {
  score: number;
  weight: number;
  deductions: Deduction[];
  /** what earned points: the replies and spans that showed the skill */
  credits: EvidenceRef[];
}

export interface CriticalIssue {
  code: 'privacy_violation';
  evidence: EvidenceRef;
}

export interface CheckpointResult {
  id: string;
  title: LocalizedText;
  dimension: Dimension;
  met: boolean;
  /** the transcript entry where it was met */
  entry?: number;
}

export interface Scorecard {
  overall: number;
  /** the overall score before the critical cap, when a cap applied */
  uncapped?: number;
  dimensions: Record<Dimension, DimensionScore>;
  /** critical violations, most severe first; any one caps compliance and the overall score */
  critical: CriticalIssue[];
  checkpoints: CheckpointResult[];
  end: string | null;
  outcome: Outcome | null;
  replies: number;
  /** ms from the opening line to the end (or the last line) */
  duration: number;
}

/** compliance cannot exceed this after a privacy violation */
export const PRIVACY_COMPLIANCE_CAP = 20;
/** nor the overall score */
export const CRITICAL_OVERALL_CAP = 40;
/** the customer expects a first reply within this many seconds */
export const FIRST_RESPONSE_SECONDS = 30;
/** later replies, by the scenario's priority */
export const REPLY_TARGET_SECONDS: Record<Priority, number> = { urgent: 60, important: 90, normal: 120 };
/** service levels: the whole case handled within (seconds) */
export const SERVICE_LEVEL_SECONDS: Record<Priority, number> = {
  urgent: 5 * 60,
  important: 30 * 60,
  normal: 2 * 60 * 60,
};

const FORBIDDEN_POINTS: Record<ForbiddenCategory, number> = {
  privacy: 80,
  blame: 20,
  dismissive: 20,
  absolute: 15,
  impatient: 15,
};

/** the deductions each skippable expectation stands for */
const SKIP_CODES: Record<Expectation, readonly DeductionCode[]> = {
  empathy: ['no_opening_empathy', 'little_empathy'],
  apology: ['no_apology_to_angry'],
  question: ['no_question', 'closed_questions_only'],
  restatement: ['no_restatement'],
  solution: ['no_solution', 'solution_by_action_only'],
  timeline: ['no_timeline'],
  followup: ['no_followup'],
};

interface ReplyRef {
  entry: number;
  reply: number;
  agent: AgentEntry;
}

/** where a forbidden phrase stands, with its better phrasing */
function forbiddenRef(r: ReplyRef, hit: ForbiddenHit): EvidenceRef {
  return {
    entry: r.entry,
    reply: r.reply,
    span: hit.span,
    ruleId: hit.ruleId,
    cue: hit.cue,
    suggestion: hit.suggestion,
  };
}

function clampScore(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

function total(deductions: readonly Deduction[]): number {
  return deductions.reduce((sum, d) => sum + d.points, 0);
}

function signalCredits(
  replies: readonly ReplyRef[],
  kinds: readonly (
    'empathy' | 'apology' | 'question' | 'restatement' | 'solution' | 'timeline' | 'followup'
  )[],
): EvidenceRef[] {
  const out: EvidenceRef[] = [];
  for (const r of replies) {
    for (const kind of kinds) {
      const first = r.agent.analysis[kind].evidence[0];
      if (first)
        out.push({ entry: r.entry, reply: r.reply, span: first.span, ruleId: first.ruleId, cue: first.cue });
    }
  }
  return out;
}

function scoreEmpathy(
  replies: readonly ReplyRef[],
  compiled: CompiledScenario,
  transcript: readonly TranscriptEntry[],
): DimensionScore['deductions'] {
  const persona = compiled.scenario.persona;
  const upset = persona.emotion !== 'none' || persona.mood >= 5;
  const warm = (r: ReplyRef) => r.agent.analysis.empathy.fired || r.agent.analysis.apology.fired;
  const deductions: Deduction[] = [];
  const opening = replies.slice(0, 2);
  if (upset && !opening.some(warm)) {
    deductions.push({
      code: 'no_opening_empathy',
      points: 35,
      evidence: opening.map((r) => ({ entry: r.entry, reply: r.reply })),
    });
  } else if (
    upset &&
    persona.emotion === 'anger' &&
    !opening.some((r) => r.agent.analysis.apology.fired) &&
    !replies.some((r) => r.agent.analysis.apology.fired)
  ) {
    deductions.push({ code: 'no_apology_to_angry', points: 10 });
  }
  const warmCount = replies.filter(warm).length;
  // a warm agent need not apologise in every line: one reply in three is enough
  const coverage = Math.min(1, (warmCount * 3) / Math.max(1, replies.length));
  if (coverage < 1) {
    deductions.push({
      code: 'little_empathy',
      points: Math.round(30 * (1 - coverage)),
      params: { warm: warmCount, replies: replies.length },
    });
  }
  for (const r of replies) {
    for (const hit of r.agent.analysis.forbidden) {
      const ref = forbiddenRef(r, hit);
      if (hit.category === 'dismissive')
        deductions.push({ code: 'denied_feelings', points: 20, evidence: [ref] });
      if (hit.category === 'impatient')
        deductions.push({ code: 'impatient_tone', points: 15, evidence: [ref] });
    }
  }
  const endMood = lastMood(transcript, persona.mood);
  const rise = endMood - persona.mood;
  if (rise >= 1)
    deductions.push({
      code: 'customer_angrier',
      points: rise >= 3 ? 20 : 10,
      params: { from: persona.mood, to: endMood },
    });
  return deductions;
}

function lastMood(transcript: readonly TranscriptEntry[], start: number): number {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const e = transcript[i];
    if (e && e.kind !== 'end') return e.mood;
  }
  return start;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** a genuine clarifying question: asking for a password or a code is not one */
function asksGenuineQuestion(r: ReplyRef): boolean {
  const { question, forbidden } = r.agent.analysis;
  if (!question.fired) return false;
  const secrets = forbidden.filter((h) => h.category === 'privacy').map((h) => h.span);
  return question.evidence.some((e) => !secrets.some((s) => overlaps(s, e.span)));
}

function scoreClarification(replies: readonly ReplyRef[]): Deduction[] {
  const deductions: Deduction[] = [];
  const asked = replies.filter(asksGenuineQuestion);
  if (asked.length === 0) deductions.push({ code: 'no_question', points: 55 });
  else if (
    !asked.some(
      (r) => r.agent.analysis.question.level === 'open' || r.agent.analysis.question.level === 'focused',
    )
  ) {
    deductions.push({
      code: 'closed_questions_only',
      points: 15,
      evidence: asked.map((r) => ({ entry: r.entry, reply: r.reply })),
    });
  }
  if (!replies.some((r) => r.agent.analysis.restatement.fired))
    deductions.push({ code: 'no_restatement', points: 30 });
  return deductions;
}

function scoreCompliance(replies: readonly ReplyRef[]): {
  deductions: Deduction[];
  critical: CriticalIssue[];
} {
  const deductions: Deduction[] = [];
  const critical: CriticalIssue[] = [];
  for (const r of replies) {
    for (const hit of r.agent.analysis.forbidden) {
      const ref = forbiddenRef(r, hit);
      deductions.push({
        code: `forbidden_${hit.category}`,
        points: FORBIDDEN_POINTS[hit.category],
        params: { category: hit.category },
        evidence: [ref],
      });
      if (hit.category === 'privacy') critical.push({ code: 'privacy_violation', evidence: ref });
    }
  }
  return { deductions, critical };
}

function scoreResolution(
  replies: readonly ReplyRef[],
  outcome: Outcome | null,
  actions: readonly TakenAction[],
): Deduction[] {
  const deductions: Deduction[] = [];
  if (outcome === null) deductions.push({ code: 'not_finished', points: 30 });
  else if (outcome === 'customer_left') deductions.push({ code: 'customer_left', points: 40 });
  else if (outcome === 'failed') deductions.push({ code: 'failed', points: 50 });
  const has = (k: 'solution' | 'timeline' | 'followup') => replies.some((r) => r.agent.analysis[k].fired);
  if (!has('solution')) {
    if (actions.length > 0) deductions.push({ code: 'solution_by_action_only', points: 10 });
    else deductions.push({ code: 'no_solution', points: 20 });
  }
  if (!has('timeline')) deductions.push({ code: 'no_timeline', points: 15 });
  if (!has('followup')) deductions.push({ code: 'no_followup', points: 10 });
  return deductions;
}

function scoreTimeliness(
  replies: readonly ReplyRef[],
  transcript: readonly TranscriptEntry[],
  priority: Priority,
  duration: number,
): Deduction[] {
  const deductions: Deduction[] = [];
  // the first response is whatever the agent did first: a reply, or a tool action the customer sees
  const firstEntry = transcript.findIndex((e) => e.kind === 'agent' || e.kind === 'action');
  const first = transcript[firstEntry];
  if (first) {
    const seconds = Math.round(first.at / 1000);
    if (seconds > FIRST_RESPONSE_SECONDS) {
      const points = seconds > 120 ? 40 : seconds > 60 ? 30 : 15;
      deductions.push({
        code: 'slow_first_response',
        points,
        params: { seconds, target: FIRST_RESPONSE_SECONDS },
        evidence: [{ entry: firstEntry, ...(first.kind === 'agent' && { reply: 1 }) }],
      });
    }
  }
  const target = REPLY_TARGET_SECONDS[priority];
  const slow = replies.slice(1).filter((r) => r.agent.waited / 1000 > target);
  if (slow.length > 0) {
    deductions.push({
      code: 'slow_reply',
      points: Math.min(30, slow.length * 10),
      params: { count: slow.length, target },
      evidence: slow.map((r) => ({ entry: r.entry, reply: r.reply })),
    });
  }
  const nudges = transcript.flatMap((e, i) => (e.kind === 'silence' && e.fired.length > 0 ? [i] : []));
  if (nudges.length > 0) {
    deductions.push({
      code: 'customer_nudged',
      points: Math.min(15, nudges.length * 5),
      params: { count: nudges.length },
      evidence: nudges.map((entry) => ({ entry })),
    });
  }
  const sla = SERVICE_LEVEL_SECONDS[priority];
  if (duration / 1000 > sla)
    deductions.push({
      code: 'over_service_level',
      points: 20,
      params: { seconds: Math.round(duration / 1000), target: sla, priority },
    });
  return deductions;
}

function evaluateCheckpoints(
  compiled: CompiledScenario,
  transcript: readonly TranscriptEntry[],
): CheckpointResult[] {
  const results: CheckpointResult[] = compiled.checkpoints.map((c) => ({
    id: c.id,
    title: c.title,
    dimension: c.dimension,
    met: false,
  }));
  const actions: TakenAction[] = [];
  let turn = 0;
  transcript.forEach((e, entry) => {
    if (e.kind !== 'agent' && e.kind !== 'action' && e.kind !== 'silence') return;
    if (e.kind === 'agent') turn++;
    if (e.kind === 'action') actions.push({ action: e.action, ...(e.priority && { priority: e.priority }) });
    const facts: ConditionFacts = {
      analysis: e.kind === 'agent' ? e.analysis : null,
      normalizedReply: e.kind === 'agent' ? normalizeText(e.analysis.text).text : '',
      normalize: (text) => normalizeText(text).text,
      actionsTaken: actions,
      currentAction: e.kind === 'action' ? (actions[actions.length - 1] ?? null) : null,
      flags: e.flags,
      mood: e.mood,
      turn,
    };
    compiled.checkpoints.forEach((c, i) => {
      const r = results[i];
      if (r && !r.met && c.when(facts)) {
        r.met = true;
        r.entry = entry;
      }
    });
  });
  return results;
}

/**
 * Score a conversation: each dimension starts at 100 and loses points for reasons a trainee can read (codes with
 * params and evidence); a privacy violation is critical and caps compliance and the overall score.
 * @example
 * const card = scoreSession(compiled, session.transcript);
 * card.overall; // 0-100
 */
export function scoreSession(compiled: CompiledScenario, transcript: readonly TranscriptEntry[]): Scorecard {
  const { scenario } = compiled;
  const replies: ReplyRef[] = [];
  const actions: TakenAction[] = [];
  let end: string | null = null;
  let outcome: Outcome | null = null;
  let lastAt = 0;
  transcript.forEach((e, entry) => {
    lastAt = Math.max(lastAt, e.at);
    if (e.kind === 'agent') replies.push({ entry, reply: replies.length + 1, agent: e });
    else if (e.kind === 'action')
      actions.push({ action: e.action, ...(e.priority && { priority: e.priority }) });
    else if (e.kind === 'end') {
      end = e.end;
      outcome = e.outcome;
    }
  });
  const checkpoints = evaluateCheckpoints(compiled, transcript);
  const deductions: Record<Dimension, Deduction[]> = {
    empathy: [],
    clarification: [],
    compliance: [],
    resolution: [],
    timeliness: [],
  };
  const credits: Record<Dimension, EvidenceRef[]> = {
    empathy: signalCredits(replies, ['empathy', 'apology']),
    clarification: signalCredits(replies, ['question', 'restatement']),
    compliance: [],
    resolution: signalCredits(replies, ['solution', 'timeline', 'followup']),
    timeliness: [],
  };
  let critical: CriticalIssue[] = [];
  const acted = replies.length > 0 || actions.length > 0;
  if (!acted) {
    for (const d of DIMENSIONS) deductions[d].push({ code: 'no_replies', points: 100 });
  } else {
    if (replies.length === 0) {
      // tool actions alone: nothing said, so nothing warm and nothing asked, but nothing forbidden either
      deductions.empathy.push({ code: 'no_replies', points: 100 });
      deductions.clarification.push({ code: 'no_replies', points: 100 });
    } else {
      deductions.empathy.push(...scoreEmpathy(replies, compiled, transcript));
      deductions.clarification.push(...scoreClarification(replies));
    }
    const compliance = scoreCompliance(replies);
    deductions.compliance.push(...compliance.deductions);
    critical = compliance.critical;
    deductions.resolution.push(...scoreResolution(replies, outcome, actions));
    deductions.timeliness.push(...scoreTimeliness(replies, transcript, scenario.priority, lastAt));
  }
  // expectations the scenario does not score (e.g. restating in a crisis) lose no points
  const skipped = new Set(scenario.rubric.skip.flatMap((e) => SKIP_CODES[e]));
  for (const d of DIMENSIONS) deductions[d] = deductions[d].filter((x) => !skipped.has(x.code));
  const perDimension = new Map<Dimension, number>();
  for (const c of checkpoints) perDimension.set(c.dimension, (perDimension.get(c.dimension) ?? 0) + 1);
  for (const c of checkpoints) {
    if (c.met) continue;
    const points = Math.min(30, Math.round(60 / (perDimension.get(c.dimension) ?? 1)));
    deductions[c.dimension].push({ code: 'checkpoint_missed', points, params: { checkpoint: c.id } });
  }
  const dimensions = {} as Record<Dimension, DimensionScore>;
  for (const d of DIMENSIONS) {
    let score = clampScore(100 - total(deductions[d]));
    if (d === 'compliance' && critical.length > 0) score = Math.min(score, PRIVACY_COMPLIANCE_CAP);
    dimensions[d] = {
      score,
      weight: scenario.rubric.weights[d],
      deductions: deductions[d],
      credits: credits[d],
    };
  }
  const weightSum = DIMENSIONS.reduce((s, d) => s + dimensions[d].weight, 0);
  const weighted =
    DIMENSIONS.reduce((s, d) => s + dimensions[d].score * dimensions[d].weight, 0) / Math.max(1, weightSum);
  const uncapped = clampScore(weighted);
  const overall = critical.length > 0 ? Math.min(uncapped, CRITICAL_OVERALL_CAP) : uncapped;
  return {
    overall,
    ...(overall !== uncapped && { uncapped }),
    dimensions,
    critical,
    checkpoints,
    end,
    outcome,
    replies: replies.length,
    duration: lastAt,
  };
}
