import * as z from 'zod/mini';
import type { LocalizedText } from '../engine/scenario/index.ts';
import {
  DIMENSIONS,
  EMOTIONS,
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
import './zod-locale.ts';

/**
 * One schema per stored shape. Rows read back from IndexedDB and imported bundles pass the same schema, so a row
 * written by an older or broken build becomes an issue instead of a crash. Each is typed against the entity or
 * engine type, so a field added there fails the typecheck here until a migration gives old rows a value.
 */

export const TRAINEE_NAME_MAX = 40;

// zod 4 numbers are finite already (Infinity and NaN fail); ints are safe integers
const time = z.number().check(z.minimum(0));
const count = z.int().check(z.minimum(0));

// codes the engine may grow; a stored code the app does not know is shown by its code rather than refused
const deductionCode = z.custom<DeductionCode>((v) => typeof v === 'string' && v.length > 0);
const coachingCode = z.custom<CoachingCode>((v) => typeof v === 'string' && v.length > 0);
const inputWarning = z.custom<InputWarning>((v) => typeof v === 'string' && v.length > 0);

const EVIDENCE_KINDS: readonly string[] = [
  ...SIGNAL_NAMES,
  ...FORBIDDEN_CATEGORIES.map((c) => `forbidden:${c}`),
];
const evidenceKind = z.custom<EvidenceKind>((v) => typeof v === 'string' && EVIDENCE_KINDS.includes(v));
const emotion: z.ZodMiniType<Emotion> = z.enum(EMOTIONS);

export const localizedTextSchema: z.ZodMiniType<LocalizedText> = z.object({
  en: z.optional(z.string()),
  'zh-CN': z.optional(z.string()),
  'zh-TW': z.optional(z.string()),
});

const span: z.ZodMiniType<Span> = z.object({ start: count, end: count, text: z.string() });

const evidence: z.ZodMiniType<Evidence> = z.object({
  kind: evidenceKind,
  ruleId: z.string(),
  cue: z.string(),
  span,
  level: z.optional(z.enum(QUESTION_LEVELS)),
});

const signal: z.ZodMiniType<SignalResult> = z.object({ fired: z.boolean(), evidence: z.array(evidence) });
const question: z.ZodMiniType<QuestionResult> = z.object({
  fired: z.boolean(),
  evidence: z.array(evidence),
  level: z.nullable(z.enum(QUESTION_LEVELS)),
});

const forbiddenHit: z.ZodMiniType<ForbiddenHit> = z.object({
  category: z.enum(FORBIDDEN_CATEGORIES),
  ruleId: z.string(),
  cue: z.string(),
  span,
  suggestion: z.string(),
});

export const replyAnalysisSchema: z.ZodMiniType<ReplyAnalysis> = z.object({
  lang: z.enum(LANGS),
  text: z.string(),
  empathy: signal,
  apology: signal,
  question,
  restatement: signal,
  solution: signal,
  timeline: signal,
  followup: signal,
  forbidden: z.array(forbiddenHit),
  customerEmotion: emotion,
  coaching: z.array(coachingCode),
  warnings: z.array(inputWarning),
});

const fired = z.array(z.string());
const flags = z.array(z.string());
const mood = z.number();

export const transcriptEntrySchema: z.ZodMiniType<TranscriptEntry> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('customer'),
    at: time,
    beat: z.string(),
    text: z.string(),
    mood,
    source: z.enum(['enter', 'rule', 'silence', 'end']),
    rule: z.optional(z.string()),
  }),
  z.object({
    kind: z.literal('agent'),
    at: time,
    beat: z.string(),
    text: z.string(),
    analysis: replyAnalysisSchema,
    fired,
    waited: time,
    mood,
    flags,
  }),
  z.object({
    kind: z.literal('action'),
    at: time,
    beat: z.string(),
    action: z.enum(TOOL_ACTIONS),
    priority: z.optional(z.enum(PRIORITIES)),
    fired,
    mood,
    flags,
  }),
  z.object({ kind: z.literal('silence'), at: time, beat: z.string(), seconds: time, fired, mood, flags }),
  z.object({
    kind: z.literal('end'),
    at: time,
    end: z.string(),
    outcome: z.enum(OUTCOMES),
    reason: z.string(),
  }),
]);

export const sessionInputRecordSchema: z.ZodMiniType<SessionInputRecord> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), text: z.string(), at: time }),
  z.object({
    type: z.literal('action'),
    action: z.enum(TOOL_ACTIONS),
    priority: z.optional(z.enum(PRIORITIES)),
    at: time,
  }),
  z.object({ type: z.literal('tick'), at: time }),
]);

export const moodPointSchema: z.ZodMiniType<MoodPoint> = z.object({ at: time, mood });

const evidenceRef: z.ZodMiniType<EvidenceRef> = z.object({
  entry: count,
  reply: z.optional(count),
  span: z.optional(span),
  ruleId: z.optional(z.string()),
  cue: z.optional(z.string()),
  suggestion: z.optional(z.string()),
});

const params = z.record(z.string(), z.union([z.string(), z.number()]));

const dimensionScore = z.object({
  score: z.number(),
  weight: z.number(),
  deductions: z.array(
    z.object({
      code: deductionCode,
      points: z.number(),
      params: z.optional(params),
      evidence: z.optional(z.array(evidenceRef)),
    }),
  ),
  credits: z.array(evidenceRef),
});

export const scorecardSchema: z.ZodMiniType<Scorecard> = z.object({
  overall: z.number(),
  uncapped: z.optional(z.number()),
  dimensions: z.record(z.enum(DIMENSIONS), dimensionScore),
  critical: z.array(z.object({ code: z.literal('privacy_violation'), evidence: evidenceRef })),
  checkpoints: z.array(
    z.object({
      id: z.string(),
      title: localizedTextSchema,
      dimension: z.enum(DIMENSIONS),
      met: z.boolean(),
      entry: z.optional(count),
    }),
  ),
  end: z.nullable(z.string()),
  outcome: z.nullable(z.enum(OUTCOMES)),
  replies: count,
  duration: time,
});

/** trimmed, 1-40 characters (code points, so a CJK name counts as many characters as it shows) */
export const traineeNameSchema = z.string().check(
  z.refine((s) => s.trim() === s && s.length > 0 && [...s].length <= TRAINEE_NAME_MAX, {
    error: `a name is 1-${TRAINEE_NAME_MAX} characters with no spaces around it`,
  }),
);

export const traineeSchema: z.ZodMiniType<Trainee> = z.object({
  id: traineeIdSchema,
  name: traineeNameSchema,
  createdAt: time,
  lastActiveAt: time,
});

export const attemptSchema: z.ZodMiniType<Attempt> = z.object({
  id: attemptIdSchema,
  traineeId: traineeIdSchema,
  scenarioId: z.string().check(z.minLength(1)),
  scenarioVersion: z.int().check(z.minimum(1)),
  locale: z.enum(LOCALES),
  mode: z.enum(ATTEMPT_MODES),
  seed: z.string(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: z.optional(time),
  log: z.array(sessionInputRecordSchema),
  transcript: z.array(transcriptEntrySchema),
  moodTrace: z.array(moodPointSchema),
  scorecard: z.optional(scorecardSchema),
  overall: z.optional(z.number()),
  outcome: z.optional(z.nullable(z.enum(OUTCOMES))),
});

export const attemptSummarySchema: z.ZodMiniType<AttemptSummaryRow> = z.object({
  id: attemptIdSchema,
  traineeId: traineeIdSchema,
  scenarioId: z.string().check(z.minLength(1)),
  scenarioVersion: z.int().check(z.minimum(1)),
  locale: z.enum(LOCALES),
  mode: z.enum(ATTEMPT_MODES),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: z.optional(time),
  overall: z.optional(z.number()),
  outcome: z.optional(z.nullable(z.enum(OUTCOMES))),
  scores: z.optional(z.partialRecord(z.enum(DIMENSIONS), z.number())),
  forbidden: z.partialRecord(z.enum(FORBIDDEN_CATEGORIES), count),
  duration: time,
});

export const draftSchema: z.ZodMiniType<Draft> = z.object({
  id: z.string().check(z.minLength(1)),
  traineeId: traineeIdSchema,
  scenarioId: z.string().check(z.minLength(1)),
  text: z.string(),
  updatedAt: time,
});

export const settingSchemas: { [K in keyof SettingValues]: z.ZodMiniType<SettingValues[K]> } = {
  language: z.nullable(z.enum(LOCALES)),
  currentTraineeId: z.nullable(traineeIdSchema),
};

export const importedScenarioSchema: z.ZodMiniType<ImportedScenario> = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.int().check(z.minimum(1)),
  title: localizedTextSchema,
  text: z.string(),
  importedAt: time,
});
