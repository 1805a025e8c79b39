import * as v from 'valibot';
import type { LocalizedText } from '../engine/scenario/index.ts';
import {
  DIMENSIONS,
  EMOTIONS,
  type Dimension,
  LOCALES,
  OUTCOMES,
  PRIORITIES,
  TOOL_ACTIONS,
} from '../engine/scenario/constants.ts';
import type {
  CoachingCode,
  DeductionCode,
  Emotion,
  Evidence,
  EvidenceKind,
  EvidenceRef,
  ForbiddenHit,
  InputWarning,
  QuestionResult,
  ReplyAnalysis,
  Scorecard,
  SignalResult,
  Span,
} from '../engine/scoring/index.ts';
import { FORBIDDEN_CATEGORIES, LANGS, QUESTION_LEVELS, SIGNAL_NAMES } from '../engine/scoring/types.ts';
import type { SessionInputRecord, TranscriptEntry } from '../engine/session/index.ts';
import {
  ATTEMPT_MODES,
  ATTEMPT_STATUSES,
  type Attempt,
  type AttemptSummaryRow,
  type Draft,
  type ImportedScenario,
  type MoodPoint,
  type SettingValues,
  type Trainee,
} from './entities.ts';
import { attemptIdSchema, traineeIdSchema } from './ids.ts';

/**
 * One schema per stored shape. Rows read back from IndexedDB and imported bundles pass the same schema, so a row
 * written by an older or broken build becomes an issue instead of a crash. Each is typed against the entity or
 * engine type (`v.GenericSchema<unknown, Trainee>`), so a field added there fails the typecheck here until a
 * migration gives old rows a value. valibot, not zod: the startup path reads rows, and zod's core is 16 kB gzip.
 */

export const TRAINEE_NAME_MAX = 40;

/** a schema whose output is an entity or engine type */
type Schema<T> = v.GenericSchema<unknown, T>;

/** a value checked against a row schema: every problem, but only the first failed check of each value */
export function parseRow<T>(schema: Schema<T>, input: unknown): v.SafeParseResult<Schema<T>> {
  // as zod did: "-1.5" is not an integer, and need not also be told it is below 0
  return v.safeParse(schema, input, { abortPipeEarly: true });
}

// the rows' objects as zod took them: an array is not an object (valibot's object would read its keys), and a
// record is a plain object (not a Date or a Map), without keys that valibot would skip silently
const notArray = v.custom<unknown>(
  (x) => !Array.isArray(x),
  'Invalid type: Expected Object but received Array',
);
function object<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(notArray, v.object(entries));
}
function isPlainObject(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const ctor: unknown = (x as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return (
    typeof proto === 'object' &&
    proto !== null &&
    !Array.isArray(proto) &&
    Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf')
  );
}
const plainObject = v.custom<unknown>(
  isPlainObject,
  (issue) => `Invalid type: Expected a plain object but received ${issue.received}`,
);
/** some of the keys, each at most once; no other key */
function partialRecord<const K extends string, T>(keys: readonly K[], value: Schema<T>) {
  return v.pipe(
    plainObject,
    v.check(
      (x) => !Object.hasOwn(x as object, 'constructor') && !Object.hasOwn(x as object, 'prototype'),
      `Invalid key: Expected ${keys.map((k) => `"${k}"`).join(' | ')}`,
    ),
    v.record(v.picklist(keys), value),
  );
}

// numbers are finite; counts are safe integers
const finite = v.finite<number, v.ErrorMessage<v.FiniteIssue<number>>>(
  (issue) => `Invalid type: Expected a finite number but received ${issue.received}`,
);
const safeInteger = v.safeInteger<number, v.ErrorMessage<v.SafeIntegerIssue<number>>>(
  (issue) => `Invalid type: Expected a safe integer but received ${issue.received}`,
);
const num = v.pipe(v.number(), finite);
const time = v.pipe(v.number(), finite, v.minValue(0));
const count = v.pipe(v.number(), safeInteger, v.minValue(0));
const version = v.pipe(v.number(), safeInteger, v.minValue(1));
const id = v.pipe(v.string(), v.minLength(1));

// codes the engine may grow; a stored code the app does not know is shown by its code rather than refused
const isCode = (x: unknown) => typeof x === 'string' && x.length > 0;
const deductionCode = v.custom<DeductionCode>(isCode, 'Invalid type: Expected a code');
const coachingCode = v.custom<CoachingCode>(isCode, 'Invalid type: Expected a code');
const inputWarning = v.custom<InputWarning>(isCode, 'Invalid type: Expected a code');

const EVIDENCE_KINDS: readonly string[] = [
  ...SIGNAL_NAMES,
  ...FORBIDDEN_CATEGORIES.map((c) => `forbidden:${c}`),
];
const evidenceKind = v.custom<EvidenceKind>(
  (x) => typeof x === 'string' && EVIDENCE_KINDS.includes(x),
  'Invalid type: Expected an evidence kind',
);
const emotion: Schema<Emotion> = v.picklist(EMOTIONS);

export const localizedTextSchema: Schema<LocalizedText> = object({
  en: v.optional(v.string()),
  'zh-CN': v.optional(v.string()),
  'zh-TW': v.optional(v.string()),
});

const span: Schema<Span> = object({ start: count, end: count, text: v.string() });

const evidence: Schema<Evidence> = object({
  kind: evidenceKind,
  ruleId: v.string(),
  cue: v.string(),
  span,
  level: v.optional(v.picklist(QUESTION_LEVELS)),
});

const signal: Schema<SignalResult> = object({ fired: v.boolean(), evidence: v.array(evidence) });
const question: Schema<QuestionResult> = object({
  fired: v.boolean(),
  evidence: v.array(evidence),
  level: v.nullable(v.picklist(QUESTION_LEVELS)),
});

const forbiddenHit: Schema<ForbiddenHit> = object({
  category: v.picklist(FORBIDDEN_CATEGORIES),
  ruleId: v.string(),
  cue: v.string(),
  span,
  suggestion: v.string(),
});

export const replyAnalysisSchema: Schema<ReplyAnalysis> = object({
  lang: v.picklist(LANGS),
  text: v.string(),
  empathy: signal,
  apology: signal,
  question,
  restatement: signal,
  solution: signal,
  timeline: signal,
  followup: signal,
  forbidden: v.array(forbiddenHit),
  customerEmotion: emotion,
  coaching: v.array(coachingCode),
  warnings: v.array(inputWarning),
});

const fired = v.array(v.string());
const flags = v.array(v.string());
const mood = num;

export const transcriptEntrySchema: Schema<TranscriptEntry> = v.pipe(
  notArray,
  v.variant('kind', [
    v.object({
      kind: v.literal('customer'),
      at: time,
      beat: v.string(),
      text: v.string(),
      mood,
      source: v.picklist(['enter', 'rule', 'silence', 'end']),
      rule: v.optional(v.string()),
    }),
    v.object({
      kind: v.literal('agent'),
      at: time,
      beat: v.string(),
      text: v.string(),
      analysis: replyAnalysisSchema,
      fired,
      waited: time,
      mood,
      flags,
    }),
    v.object({
      kind: v.literal('action'),
      at: time,
      beat: v.string(),
      action: v.picklist(TOOL_ACTIONS),
      priority: v.optional(v.picklist(PRIORITIES)),
      fired,
      mood,
      flags,
    }),
    v.object({ kind: v.literal('silence'), at: time, beat: v.string(), seconds: time, fired, mood, flags }),
    v.object({
      kind: v.literal('end'),
      at: time,
      end: v.string(),
      outcome: v.picklist(OUTCOMES),
      reason: v.string(),
    }),
  ]),
);

export const sessionInputRecordSchema: Schema<SessionInputRecord> = v.pipe(
  notArray,
  v.variant('type', [
    v.object({ type: v.literal('reply'), text: v.string(), at: time }),
    v.object({
      type: v.literal('action'),
      action: v.picklist(TOOL_ACTIONS),
      priority: v.optional(v.picklist(PRIORITIES)),
      at: time,
    }),
    v.object({ type: v.literal('tick'), at: time }),
  ]),
);

export const moodPointSchema: Schema<MoodPoint> = object({ at: time, mood });

const evidenceRef: Schema<EvidenceRef> = object({
  entry: count,
  reply: v.optional(count),
  span: v.optional(span),
  ruleId: v.optional(v.string()),
  cue: v.optional(v.string()),
  suggestion: v.optional(v.string()),
});

const params = v.pipe(plainObject, v.record(v.string(), v.union([v.string(), num])));

const dimensionScore = object({
  score: num,
  weight: num,
  deductions: v.array(
    object({
      code: deductionCode,
      points: num,
      params: v.optional(params),
      evidence: v.optional(v.array(evidenceRef)),
    }),
  ),
  credits: v.array(evidenceRef),
});

export const scorecardSchema: Schema<Scorecard> = object({
  overall: num,
  uncapped: v.optional(num),
  // every dimension, and nothing else
  dimensions: v.pipe(
    plainObject,
    v.strictObject(
      Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionScore])) as Record<
        Dimension,
        typeof dimensionScore
      >,
      (issue) =>
        issue.expected === 'never'
          ? `Unrecognized key: ${issue.received}`
          : `Invalid key: Expected ${issue.expected} but received ${issue.received}`,
    ),
  ),
  critical: v.array(object({ code: v.literal('privacy_violation'), evidence: evidenceRef })),
  checkpoints: v.array(
    object({
      id: v.string(),
      title: localizedTextSchema,
      dimension: v.picklist(DIMENSIONS),
      met: v.boolean(),
      entry: v.optional(count),
    }),
  ),
  end: v.nullable(v.string()),
  outcome: v.nullable(v.picklist(OUTCOMES)),
  replies: count,
  duration: time,
});

/** trimmed, 1-40 characters (code points, so a CJK name counts as many characters as it shows) */
export const traineeNameSchema = v.pipe(
  v.string(),
  v.check(
    (s) => s.trim() === s && s.length > 0 && [...s].length <= TRAINEE_NAME_MAX,
    `a name is 1-${TRAINEE_NAME_MAX} characters with no spaces around it`,
  ),
);

export const traineeSchema: Schema<Trainee> = object({
  id: traineeIdSchema,
  name: traineeNameSchema,
  createdAt: time,
  lastActiveAt: time,
});

export const attemptSchema: Schema<Attempt> = object({
  id: attemptIdSchema,
  traineeId: traineeIdSchema,
  scenarioId: id,
  scenarioVersion: version,
  locale: v.picklist(LOCALES),
  mode: v.picklist(ATTEMPT_MODES),
  seed: v.string(),
  status: v.picklist(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: v.optional(time),
  log: v.array(sessionInputRecordSchema),
  transcript: v.array(transcriptEntrySchema),
  moodTrace: v.array(moodPointSchema),
  scorecard: v.optional(scorecardSchema),
  overall: v.optional(num),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES))),
});

export const attemptSummarySchema: Schema<AttemptSummaryRow> = object({
  id: attemptIdSchema,
  traineeId: traineeIdSchema,
  scenarioId: id,
  scenarioVersion: version,
  locale: v.picklist(LOCALES),
  mode: v.picklist(ATTEMPT_MODES),
  status: v.picklist(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: v.optional(time),
  overall: v.optional(num),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES))),
  scores: v.optional(partialRecord(DIMENSIONS, num)),
  forbidden: partialRecord(FORBIDDEN_CATEGORIES, count),
  duration: time,
});

export const draftSchema: Schema<Draft> = object({
  id,
  traineeId: traineeIdSchema,
  scenarioId: id,
  text: v.string(),
  updatedAt: time,
});

export const settingSchemas: { [K in keyof SettingValues]: Schema<SettingValues[K]> } = {
  language: v.nullable(v.picklist(LOCALES)),
  currentTraineeId: v.nullable(traineeIdSchema),
};

export const importedScenarioSchema: Schema<ImportedScenario> = object({
  id,
  version,
  title: localizedTextSchema,
  text: v.string(),
  importedAt: time,
});
