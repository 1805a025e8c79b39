export {
  analyzeReply,
  safeAnalyzeReply,
  detectLang,
  coachingFor,
  ReplyInputError,
  MAX_REPLY_LENGTH,
} from './analyze-reply.ts';
export type { SafeAnalysis } from './analyze-reply.ts';
export {
  evaluate,
  evaluateAnalyses,
  entryOptions,
  expectedLabels,
  predictedLabels,
  LABELS,
} from './evaluate.ts';
export type { AnalysedEntry, CorpusEntry, Evaluation, Label, LabelScore, MisreadEntry } from './evaluate.ts';
export { getLexicons, LEXICON_SOURCES } from './lexicons.ts';
export { isModelRule } from './model/forbidden-model.ts';
export type { LanguageLexicons } from './lexicons.ts';
export { defineLexicon } from './lexicon/lexicon-types.ts';
export type { LexiconRule, LexiconSignal, SignalLexicon, MacroTable } from './lexicon/lexicon-types.ts';
export { FORBIDDEN_CATEGORIES, LANGS, QUESTION_LEVELS, SIGNAL_NAMES } from './types.ts';
export type {
  AnalyzeOptions,
  CoachingCode,
  Emotion,
  Evidence,
  EvidenceKind,
  ForbiddenCategory,
  ForbiddenHit,
  InputErrorCode,
  InputWarning,
  Lang,
  QuestionLevel,
  QuestionResult,
  ReplyAnalysis,
  ReplyContext,
  SignalName,
  SignalResult,
  Span,
} from './types.ts';
export {
  scoreSession,
  CRITICAL_OVERALL_CAP,
  FIRST_RESPONSE_SECONDS,
  PRIVACY_COMPLIANCE_CAP,
  REPLY_TARGET_SECONDS,
  SERVICE_LEVEL_SECONDS,
} from './scorecard.ts';
export type {
  CheckpointResult,
  CriticalIssue,
  Deduction,
  DeductionCode,
  DimensionScore,
  EvidenceRef,
  Scorecard,
} from './scorecard.ts';
