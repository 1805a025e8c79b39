import { entryOptions } from '../../engine/scoring/index.ts';
import type { CorpusEntry, ReplyAnalysis } from '../../engine/scoring/index.ts';
import type { LineId } from '../score/parse-line.ts';
import { analyzeRequest } from '../score/score-line.ts';
import { evalLineError, parseLabelledLine } from './parse-entry.ts';
import type { EvalLineError } from './parse-entry.ts';

/** a labelled reply that was read and analysed, with where it came from */
export interface LabelledReply {
  line: number;
  id: LineId | null;
  entry: CorpusEntry;
  analysis: ReplyAnalysis;
}

export function isEvalLineError(result: LabelledReply | EvalLineError): result is EvalLineError {
  return 'error' in result;
}

/** one input line read and analysed; undefined for a blank line */
export function readLabelledLine(raw: string, line: number): LabelledReply | EvalLineError | undefined {
  if (raw.trim() === '') return undefined;
  const parsed = parseLabelledLine(raw, line);
  if (!parsed.ok) return parsed.error;
  const { id, text, labels, lang, customer } = parsed.reply;
  let analyzed;
  try {
    // the options `evaluate` uses, so the figures are the ones the corpus tests get
    analyzed = analyzeRequest({ text, ...entryOptions({ lang, customer }) });
  } catch (error) {
    // an analyzer bug costs one line, not the whole run
    const detail = error instanceof Error ? error.message : String(error);
    return evalLineError(line, 'internal_error', { detail }, id);
  }
  if (!analyzed.ok)
    return { ...(id === null ? {} : { id }), line, error: analyzed.error, code: analyzed.code };
  const { analysis } = analyzed;
  const entry: CorpusEntry = {
    id: id === null ? '' : String(id),
    // a detected language, so evaluating the entry again reads it the same way
    lang: analysis.lang,
    text,
    labels,
    ...(customer !== undefined ? { customer } : {}),
  };
  return { line, id, entry, analysis };
}

export interface LabelledFile {
  replies: LabelledReply[];
  rejected: EvalLineError[];
}

/** the replies of a JSON Lines text and the lines left out, in order; blank lines are skipped */
export function readLabelledText(text: string): LabelledFile {
  const file: LabelledFile = { replies: [], rejected: [] };
  // a byte-order mark from editors on windows is not part of the first object
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const result = readLabelledLine(raw, index + 1);
    if (result === undefined) return;
    if (isEvalLineError(result)) file.rejected.push(result);
    else file.replies.push(result);
  });
  return file;
}
