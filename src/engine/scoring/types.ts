/** languages the analyzer has lexicons for; zh covers simplified and traditional script */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export type ForbiddenCategory = 'absolute' | 'blame' | 'dismissive' | 'privacy' | 'impatient';
export const FORBIDDEN_CATEGORIES: readonly ForbiddenCategory[] = [
  'absolute',
  'blame',
  'dismissive',
  'privacy',
  'impatient',
];

export type QuestionLevel = 'open' | 'focused' | 'closed';
export const QUESTION_LEVELS: readonly QuestionLevel[] = ['open', 'focused', 'closed'];

export type Emotion = 'anger' | 'anxiety' | 'none';

/** positive signals of a reply */
export type SignalName = 'empathy' | 'apology' | 'question' | 'restatement' | 'solution' | 'timeline' | 'followup';
export const SIGNAL_NAMES: readonly SignalName[] = [
  'empathy',
  'apology',
  'question',
  'restatement',
  'solution',
  'timeline',
  'followup',
];

/** a stretch of the original reply, in UTF-16 offsets of the text the caller passed in */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EvidenceKind = SignalName | `forbidden:${ForbiddenCategory}`;

export interface Evidence {
  kind: EvidenceKind;
  /** the lexicon rule that fired, e.g. `en.empathy.sorry-for-trouble` */
  ruleId: string;
  /** the matched words as they stand in the reply */
  cue: string;
  span: Span;
  level?: QuestionLevel;
}

export interface SignalResult {
  fired: boolean;
  evidence: Evidence[];
}

export interface QuestionResult extends SignalResult {
  /** the most open level asked in the reply (open > focused > closed) */
  level: QuestionLevel | null;
}

export interface ForbiddenHit {
  category: ForbiddenCategory;
  ruleId: string;
  cue: string;
  span: Span;
  /** a better phrasing, in the reply's language */
  suggestion: string;
}

export type CoachingCode = 'apologise_first' | 'give_time_commitment' | 'ask_clarifying_question' | 'avoid_forbidden';

export interface ReplyContext {
  /** the customer's last message, used to read their emotion and to ignore words quoted from it */
  customer?: string;
  /** the customer's emotion when the caller already knows it */
  emotion?: Emotion;
}

export interface AnalyzeOptions {
  lang?: Lang;
  context?: ReplyContext;
}

export interface ReplyAnalysis {
  lang: Lang;
  text: string;
  empathy: SignalResult;
  apology: SignalResult;
  question: QuestionResult;
  restatement: SignalResult;
  solution: SignalResult;
  timeline: SignalResult;
  followup: SignalResult;
  forbidden: ForbiddenHit[];
  /** the customer's emotion, from the context */
  customerEmotion: Emotion;
  /** what the reply should have done given the customer's emotion, as codes for i18n */
  coaching: CoachingCode[];
  /** non-fatal notes about the input, e.g. control characters that were ignored */
  warnings: InputWarning[];
}

export type InputWarning = 'control_characters_ignored';

export type InputErrorCode = 'not_a_string' | 'empty_text' | 'text_too_long' | 'invalid_utf16' | 'invalid_lang';
