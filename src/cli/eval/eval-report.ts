import { evaluateAnalyses } from '../../engine/scoring/index.ts';
import type { Evaluation, Label } from '../../engine/scoring/index.ts';
import type { LineId } from '../score/parse-line.ts';
import type { EvalLineError } from './parse-entry.ts';
import type { LabelledFile, LabelledReply } from './read-labelled.ts';

/** one corpus file, or all of them together, with its evaluation */
export interface EvaluatedSet {
  replies: readonly LabelledReply[];
  rejected: readonly EvalLineError[];
  evaluation: Evaluation;
}

export interface EvaluatedFile extends EvaluatedSet {
  file: string;
}

export function evaluateFile(file: string, read: LabelledFile): EvaluatedFile {
  return { file, ...read, evaluation: evaluateAnalyses(read.replies) };
}

/** the files together: their replies pooled, not their figures averaged */
export function evaluateAll(files: readonly EvaluatedFile[]): EvaluatedSet {
  const replies = files.flatMap((f) => f.replies);
  return { replies, rejected: files.flatMap((f) => f.rejected), evaluation: evaluateAnalyses(replies) };
}

/** counts and ratios; a ratio is null where there is nothing to divide by */
export interface RatioFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** what `parley eval` reports for a set of replies, text and JSON alike */
export interface Figures {
  replies: number;
  rejected: number;
  /** keyed by label, in the order of LABELS */
  labels: Record<Label, RatioFigures>;
  forbiddenMicro: RatioFigures;
  safeReplies: { flagged: number; total: number; rate: number | null };
  questionLevel: { right: number; total: number; accuracy: number | null };
}

// the engine counts a ratio with nothing to divide as 1 (nothing wrong); a report shows it as undefined
function ratioFigures(
  { tp, fp, fn }: { tp: number; fp: number; fn: number },
  { precision, recall, f1 }: { precision: number; recall: number; f1: number },
): RatioFigures {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : precision,
    recall: tp + fn === 0 ? null : recall,
    f1: tp + fp + fn === 0 ? null : f1,
  };
}

export function figuresOf({ replies, rejected, evaluation }: EvaluatedSet): Figures {
  const forbidden = evaluation.scores.filter((s) => s.label.startsWith('forbidden:'));
  const sum = (key: 'tp' | 'fp' | 'fn') => forbidden.reduce((n, s) => n + s[key], 0);
  const { safeFlagged, safeTotal, levelRight, levelTotal } = evaluation;
  return {
    replies: replies.length,
    rejected: rejected.length,
    labels: Object.fromEntries(evaluation.scores.map((s) => [s.label, ratioFigures(s, s)])) as Record<
      Label,
      RatioFigures
    >,
    forbiddenMicro: ratioFigures({ tp: sum('tp'), fp: sum('fp'), fn: sum('fn') }, evaluation.forbiddenMicro),
    safeReplies: {
      flagged: safeFlagged,
      total: safeTotal,
      rate: safeTotal === 0 ? null : safeFlagged / safeTotal,
    },
    questionLevel: {
      right: levelRight,
      total: levelTotal,
      accuracy: levelTotal === 0 ? null : evaluation.levelAccuracy,
    },
  };
}

/** a reply whose labels and analysis disagree, located in its file */
export interface MisreadReply {
  line: number;
  id: LineId | null;
  text: string;
  missed: Label[];
  extra: Label[];
}

export function misreadReplies(set: EvaluatedSet): MisreadReply[] {
  const byEntry = new Map(set.replies.map((reply) => [reply.entry, reply]));
  return set.evaluation.errors.map(({ entry, missed, extra }) => {
    const reply = byEntry.get(entry);
    return { line: reply?.line ?? 0, id: reply?.id ?? null, text: entry.text, missed, extra };
  });
}

/** `parley eval --json`: each file's figures, all files together, and the lines left out */
export interface EvalJson {
  files: (Figures & { file: string; errors?: MisreadReply[] })[];
  all: Figures & { files: number };
  rejectedLines: (EvalLineError & { file: string })[];
}

export function toEvalJson(files: readonly EvaluatedFile[], options: { errors: boolean }): EvalJson {
  return {
    files: files.map((f) => ({
      file: f.file,
      ...figuresOf(f),
      ...(options.errors ? { errors: misreadReplies(f) } : {}),
    })),
    all: { files: files.length, ...figuresOf(evaluateAll(files)) },
    rejectedLines: files.flatMap((f) => f.rejected.map((error) => ({ file: f.file, ...error }))),
  };
}
