import { SIGNAL_NAMES } from '../../engine/scoring/index.ts';
import type {
  CoachingCode,
  Emotion,
  EvidenceKind,
  ForbiddenCategory,
  InputWarning,
  Lang,
  QuestionLevel,
  ReplyAnalysis,
} from '../../engine/scoring/index.ts';
import type { LineId } from './parse-line.ts';

/** one cue behind a signal or a forbidden hit, with UTF-16 offsets into the reply */
export interface EvidenceRecord {
  kind: EvidenceKind;
  ruleId: string;
  cue: string;
  start: number;
  end: number;
  /** question cues only */
  level?: QuestionLevel;
  /** forbidden hits only: a better phrasing, in the reply's language */
  suggestion?: string;
}

/** what `parley score` prints for a scored line: flags up front, then the evidence for them */
export interface ScoreRecord {
  id: LineId | null;
  lang: Lang;
  empathy: boolean;
  apology: boolean;
  question: boolean;
  questionLevel: QuestionLevel | null;
  restatement: boolean;
  solution: boolean;
  timeline: boolean;
  followup: boolean;
  /** categories, each once, in order of first appearance in the reply */
  forbidden: ForbiddenCategory[];
  evidence: EvidenceRecord[];
  customerEmotion: Emotion;
  coaching: CoachingCode[];
  warnings: InputWarning[];
}

/** signal evidence in signal order (empathy … followup), then forbidden hits, each group in reply order */
export function flattenEvidence(analysis: ReplyAnalysis): EvidenceRecord[] {
  const records: EvidenceRecord[] = [];
  for (const signal of SIGNAL_NAMES) {
    for (const e of analysis[signal].evidence) {
      records.push({
        kind: e.kind,
        ruleId: e.ruleId,
        cue: e.cue,
        start: e.span.start,
        end: e.span.end,
        ...(e.level ? { level: e.level } : {}),
      });
    }
  }
  for (const hit of analysis.forbidden) {
    records.push({
      kind: `forbidden:${hit.category}`,
      ruleId: hit.ruleId,
      cue: hit.cue,
      start: hit.span.start,
      end: hit.span.end,
      suggestion: hit.suggestion,
    });
  }
  return records;
}

export function toScoreRecord(id: LineId | null, analysis: ReplyAnalysis): ScoreRecord {
  return {
    id,
    lang: analysis.lang,
    empathy: analysis.empathy.fired,
    apology: analysis.apology.fired,
    question: analysis.question.fired,
    questionLevel: analysis.question.level,
    restatement: analysis.restatement.fired,
    solution: analysis.solution.fired,
    timeline: analysis.timeline.fired,
    followup: analysis.followup.fired,
    forbidden: [...new Set(analysis.forbidden.map((hit) => hit.category))],
    evidence: flattenEvidence(analysis),
    customerEmotion: analysis.customerEmotion,
    coaching: [...analysis.coaching],
    warnings: [...analysis.warnings],
  };
}
