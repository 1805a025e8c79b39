import { z } from 'zod';
import {
  DIMENSIONS,
  LOCALES,
  OUTCOMES,
  PRIORITIES,
  TOOL_ACTIONS,
  type LocalizedText,
} from '../engine/scenario/index.ts';
import {
  FORBIDDEN_CATEGORIES,
  LANGS,
  QUESTION_LEVELS,
  SIGNAL_NAMES,
  type CoachingCode,
  type DeductionCode,
  type Emotion,
  type Evidence,
  type EvidenceKind,
  type EvidenceRef,
  type ForbiddenHit,
  type InputWarning,
  type QuestionResult,
  type ReplyAnalysis,
  type Scorecard,
  type SignalResult,
  type Span,
} from '../engine/scoring/index.ts';
import type { SessionInputRecord, TranscriptEntry } from '../engine/session/index.ts';
import {
  ATTEMPT_MODES,
  ATTEMPT_STATUSES,
  type Attempt,
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
 * engine type, so a field added there fails the typecheck here until a migration gives old rows a value.
 */

export const TRAINEE_NAME_MAX = 40;

const time = z.number().finite().min(0);
const count = z.number().int().min(0);

// codes the engine may grow; a stored code the app does not know is shown by its code rather than refused
const deductionCode = z.custom<DeductionCode>((v) => typeof v === 'string' && v.length > 0);
const coachingCode = z.custom<CoachingCode>((v) => typeof v === 'string' && v.length > 0);
const inputWarning = z.custom<InputWarning>((v) => typeof v === 'string' && v.length > 0);

const EVIDENCE_KINDS: readonly string[] = [
  ...SIGNAL_NAMES,
  ...FORBIDDEN_CATEGORIES.map((c) => `forbidden:${c}`),
];
const evidenceKind = z.custom<EvidenceKind>((v) => typeof v === 'string' && EVIDENCE_KINDS.includes(v));
const emotion: z.ZodType<Emotion> = z.enum(['anger', 'anxiety', 'none']);

export const localizedTextSchema: z.ZodType<LocalizedText> = z.object({
  en: z.string().optional(),
  'zh-CN': z.string().optional(),
  'zh-TW': z.string().optional(),
});

const span: z.ZodType<Span> = z.object({ start: count, end: count, text: z.string() });

const evidence: z.ZodType<Evidence> = z.object({
  kind: evidenceKind,
  ruleId: z.string(),
  cue: z.string(),
  span,
  level: z.enum(QUESTION_LEVELS).optional(),
});

const signal: z.ZodType<SignalResult> = z.object({ fired: z.boolean(), evidence: z.array(evidence) });
const question: z.ZodType<QuestionResult> = z.object({
  fired: z.boolean(),
  evidence: z.array(evidence),
  level: z.enum(QUESTION_LEVELS).nullable(),
});

const forbiddenHit: z.ZodType<ForbiddenHit> = z.object({
  category: z.enum(FORBIDDEN_CATEGORIES),
  ruleId: z.string(),
  cue: z.string(),
  span,
  suggestion: z.string(),
});

export const replyAnalysisSchema: z.ZodType<ReplyAnalysis> = z.object({
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
const mood = z.number().finite();

export const transcriptEntrySchema: z.ZodType<TranscriptEntry> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('customer'),
    at: time,
    beat: z.string(),
    text: z.string(),
    mood,
    source: z.enum(['enter', 'rule', 'silence', 'end']),
    rule: z.string().optional(),
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
    priority: z.enum(PRIORITIES).optional(),
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

export const sessionInputRecordSchema: z.ZodType<SessionInputRecord> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), text: z.string(), at: time }),
  z.object({
    type: z.literal('action'),
    action: z.enum(TOOL_ACTIONS),
    priority: z.enum(PRIORITIES).optional(),
    at: time,
  }),
  z.object({ type: z.literal('tick'), at: time }),
]);

export const moodPointSchema: z.ZodType<MoodPoint> = z.object({ at: time, mood });

const evidenceRef: z.ZodType<EvidenceRef> = z.object({
  entry: count,
  reply: count.optional(),
  span: span.optional(),
  ruleId: z.string().optional(),
  cue: z.string().optional(),
  suggestion: z.string().optional(),
});

const params = z.record(z.string(), z.union([z.string(), z.number()]));

const dimensionScore = z.object({
  score: z.number().finite(),
  weight: z.number().finite(),
  deductions: z.array(
    z.object({
      code: deductionCode,
      points: z.number().finite(),
      params: params.optional(),
      evidence: z.array(evidenceRef).optional(),
    }),
  ),
  credits: z.array(evidenceRef),
});

export const scorecardSchema: z.ZodType<Scorecard> = z.object({
  overall: z.number().finite(),
  uncapped: z.number().finite().optional(),
  dimensions: z.record(z.enum(DIMENSIONS), dimensionScore),
  critical: z.array(z.object({ code: z.literal('privacy_violation'), evidence: evidenceRef })),
  checkpoints: z.array(
    z.object({
      id: z.string(),
      title: localizedTextSchema,
      dimension: z.enum(DIMENSIONS),
      met: z.boolean(),
      entry: count.optional(),
    }),
  ),
  end: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  replies: count,
  duration: time,
});

/** trimmed, 1-40 characters (code points, so a CJK name counts as many characters as it shows) */
export const traineeNameSchema = z
  .string()
  .refine((s) => s.trim() === s && s.length > 0 && [...s].length <= TRAINEE_NAME_MAX, {
    error: `a name is 1-${TRAINEE_NAME_MAX} characters with no spaces around it`,
  });

export const traineeSchema: z.ZodType<Trainee> = z.object({
  id: traineeIdSchema,
  name: traineeNameSchema,
  createdAt: time,
  lastActiveAt: time,
});

export const attemptSchema: z.ZodType<Attempt> = z.object({
  id: attemptIdSchema,
  traineeId: traineeIdSchema,
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  locale: z.enum(LOCALES),
  mode: z.enum(ATTEMPT_MODES),
  seed: z.string(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: time.optional(),
  log: z.array(sessionInputRecordSchema),
  transcript: z.array(transcriptEntrySchema),
  moodTrace: z.array(moodPointSchema),
  scorecard: scorecardSchema.optional(),
  overall: z.number().finite().optional(),
  outcome: z.enum(OUTCOMES).nullable().optional(),
});

export const draftSchema: z.ZodType<Draft> = z.object({
  id: z.string().min(1),
  traineeId: traineeIdSchema,
  scenarioId: z.string().min(1),
  text: z.string(),
  updatedAt: time,
});

export const settingSchemas: { [K in keyof SettingValues]: z.ZodType<SettingValues[K]> } = {
  language: z.enum(LOCALES).nullable(),
  currentTraineeId: traineeIdSchema.nullable(),
};

export const importedScenarioSchema: z.ZodType<ImportedScenario> = z.object({
  id: z.string().min(1),
  version: z.number().int().min(1),
  title: localizedTextSchema,
  text: z.string(),
  importedAt: time,
});
