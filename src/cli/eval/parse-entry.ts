import { LABELS, LANGS, QUESTION_LEVELS } from '../../engine/scoring/index.ts';
import type { InputErrorCode, Lang } from '../../engine/scoring/index.ts';
import { suggest } from '../../engine/scenario/suggest.ts';
import { t } from '../i18n.ts';
import type { MessageParams } from '../i18n.ts';
import { describeJsonType, isObject, quote } from '../score/parse-line.ts';
import type { LineId } from '../score/parse-line.ts';

/** the labels a line may give: the evaluated ones, and `question` with or without its level */
export const LABEL_VOCABULARY: readonly string[] = LABELS.flatMap((label) =>
  label === 'question' ? [label, ...QUESTION_LEVELS.map((level) => `question:${level}`)] : [label],
);

/** one labelled reply, as read from a JSON line */
export interface LabelledLine {
  id: LineId | null;
  text: string;
  labels: string[];
  lang?: Lang;
  customer?: string;
}

export type EvalLineErrorCode =
  | 'invalid_json'
  | 'not_an_object'
  | 'invalid_id'
  | 'missing_text'
  | 'invalid_text'
  | 'invalid_lang'
  | 'invalid_customer_field'
  | 'missing_labels'
  | 'invalid_labels'
  | 'unknown_label'
  | 'several_levels'
  | 'internal_error'
  | InputErrorCode;

/** a line `parley eval` left out of the figures, and why */
export interface EvalLineError {
  id?: LineId;
  /** 1-based, counting blank lines too */
  line: number;
  error: string;
  code: EvalLineErrorCode;
}

export type ParsedLabelledLine = { ok: true; reply: LabelledLine } | { ok: false; error: EvalLineError };

/** a line error worded from `cli.lineError.<key>` (the code's own key unless another is named) */
export function evalLineError(
  line: number,
  code: EvalLineErrorCode,
  params: MessageParams = {},
  id?: LineId | null,
  key: string = code,
): EvalLineError {
  const error = t(`cli.lineError.${key}`, params);
  return { ...(id === undefined || id === null ? {} : { id }), line, error, code };
}

/**
 * Reads one JSON line of `parley eval` input: `{"id"?, "text", "labels": [...], "lang"?, "customer"?}`, the
 * shape of the fixture corpora. Unknown fields (`note`, `source`…) are ignored; `null` counts as absent.
 */
export function parseLabelledLine(raw: string, line: number): ParsedLabelledLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: evalLineError(line, 'invalid_json', { detail }) };
  }
  if (!isObject(value)) {
    return { ok: false, error: evalLineError(line, 'not_an_object', { type: describeJsonType(value) }) };
  }
  const { id: rawId, text, labels, lang, customer } = value;
  let id: LineId | null = null;
  if (typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId))) id = rawId;
  else if (rawId !== undefined && rawId !== null) {
    return { ok: false, error: evalLineError(line, 'invalid_id', { type: describeJsonType(rawId) }) };
  }
  const fail = (code: EvalLineErrorCode, params: MessageParams = {}, key?: string): ParsedLabelledLine => ({
    ok: false,
    error: evalLineError(line, code, params, id, key),
  });

  if (text === undefined || text === null) return fail('missing_text');
  if (typeof text !== 'string') return fail('invalid_text', { type: describeJsonType(text) });
  const reply: LabelledLine = { id, text, labels: [] };
  if (lang !== undefined && lang !== null) {
    if (!LANGS.includes(lang as Lang))
      return fail('invalid_lang', { langs: LANGS.join(', '), lang: quote(lang) });
    reply.lang = lang as Lang;
  }
  if (customer !== undefined && customer !== null) {
    if (typeof customer !== 'string')
      return fail('invalid_customer_field', { type: describeJsonType(customer) });
    reply.customer = customer;
  }

  if (labels === undefined || labels === null) return fail('missing_labels');
  if (!Array.isArray(labels)) return fail('invalid_labels', { type: describeJsonType(labels) });
  for (const label of labels as unknown[]) {
    if (typeof label === 'string' && LABEL_VOCABULARY.includes(label)) {
      reply.labels.push(label);
      continue;
    }
    const near = typeof label === 'string' ? suggest(label, LABEL_VOCABULARY) : undefined;
    return near
      ? fail('unknown_label', { label: quote(label), suggestion: near }, 'unknown_label_near')
      : fail('unknown_label', { label: quote(label), labels: LABEL_VOCABULARY.join(', ') });
  }
  const levels = [...new Set(reply.labels.filter((label) => label.startsWith('question:')))];
  if (levels.length > 1) return fail('several_levels', { levels: levels.join(', ') });
  return { ok: true, reply };
}
