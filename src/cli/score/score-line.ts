import { safeAnalyzeReply } from '../../engine/scoring/index.ts';
import type { AnalyzeOptions, InputErrorCode, Lang, ReplyAnalysis } from '../../engine/scoring/index.ts';
import { hasMessage, t } from '../i18n.ts';
import { lineError, parseScoreLine } from './parse-line.ts';
import type { LineError, ScoreRequest } from './parse-line.ts';
import { toScoreRecord } from './to-record.ts';
import type { ScoreRecord } from './to-record.ts';

export interface ScoreOptions {
  /** the language of lines that name none; without it the analyzer detects the language */
  lang?: Lang;
}

export type ScoreResult = ScoreRecord | LineError;

export function isLineError(result: ScoreResult): result is LineError {
  return 'error' in result;
}

/** the analyzer's options for a request, with the default language filled in */
export function analyzeOptions(
  request: Omit<ScoreRequest, 'id'>,
  defaults: ScoreOptions = {},
): AnalyzeOptions {
  const lang = request.lang ?? defaults.lang;
  return { ...(lang ? { lang } : {}), ...(request.context ? { context: request.context } : {}) };
}

export type AnalyzeResult =
  { ok: true; analysis: ReplyAnalysis } | { ok: false; code: InputErrorCode; error: string };

/** runs the analyzer; an input error comes back worded from the `analysis.inputError` catalog */
export function analyzeRequest(
  request: Omit<ScoreRequest, 'id'>,
  defaults: ScoreOptions = {},
): AnalyzeResult {
  const result = safeAnalyzeReply(request.text, analyzeOptions(request, defaults));
  if (result.ok) return result;
  const { code, message, params } = result.error;
  const key = `analysis.inputError.${code}`;
  // a code newer than the catalog keeps the engine's own english message
  return { ok: false, code, error: hasMessage(key) ? t(key, params) : message };
}

/** one input line in, one output object out; undefined for a blank line */
export function scoreLine(raw: string, line: number, defaults: ScoreOptions = {}): ScoreResult | undefined {
  if (raw.trim() === '') return undefined;
  const parsed = parseScoreLine(raw, line);
  if (!parsed.ok) return parsed.error;
  const { id } = parsed.request;
  let analyzed: AnalyzeResult;
  try {
    analyzed = analyzeRequest(parsed.request, defaults);
  } catch (error) {
    // an analyzer bug costs one line, not the whole batch
    const detail = error instanceof Error ? error.message : String(error);
    return lineError(line, 'internal_error', { detail }, id);
  }
  if (analyzed.ok) return toScoreRecord(id, analyzed.analysis);
  return { ...(id === null ? {} : { id }), line, error: analyzed.error, code: analyzed.code };
}
