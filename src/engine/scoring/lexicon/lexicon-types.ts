import type { ForbiddenCategory, Lang, QuestionLevel, SignalName } from '../types.ts';

/** what a lexicon file detects: a reply signal, a forbidden category, rhetorical questions, or customer emotion */
export type LexiconSignal = SignalName | ForbiddenCategory | 'rhetorical' | 'anger' | 'anxiety';

/**
 * One entry of a lexicon. `pattern` is a regular expression over the normalised reply (lower case, half-width,
 * simplified Chinese, single spaces, curly quotes straightened). `{NAME}` inserts a macro of the language's
 * macro file, so that a trainer can reuse word lists such as `{FEELING}` or `{INFO}`.
 */
export interface LexiconRule {
  /** stable id, shown as the rule id in the evidence: `<lang>.<signal>.<name>` */
  id: string;
  pattern: string;
  /** question cues and hints: the level the cue asks at */
  level?: QuestionLevel;
  /** forbidden cues: a better phrasing for this cue, overriding the file's default */
  suggestion?: string;
  /** guards: veto cues that overlap the guard (`match`), in the same clause (default), or in the same sentence */
  scope?: 'match' | 'clause' | 'sentence';
  /** why the entry exists, for the trainer who reads the file */
  note?: string;
}

export interface SignalLexicon {
  lang: Lang;
  signal: LexiconSignal;
  /** what the lexicon detects, in the words of the scoring definitions */
  description: string;
  /** any match of a cue fires the signal, unless a guard matches in the same clause */
  cues: readonly LexiconRule[];
  /** negations, warnings and polite uses that cancel a cue */
  guards?: readonly LexiconRule[];
  /** question only: words that set the level of a sentence that is already a question */
  hints?: readonly LexiconRule[];
  /** forbidden categories: the better phrasing suggested by default */
  suggestion?: string;
}

export type MacroTable = Readonly<Record<string, string>>;

/** identity helper that types a lexicon file */
export function defineLexicon(lexicon: SignalLexicon): SignalLexicon {
  return lexicon;
}
