import { LANGS } from '../../engine/scoring/index.ts';
import type { Emotion, InputErrorCode, Lang, ReplyContext } from '../../engine/scoring/index.ts';
import { t } from '../i18n.ts';
import type { MessageParams } from '../i18n.ts';

/** the caller's id for a line, echoed back unchanged */
export type LineId = string | number;

/** one reply to score, as read from a JSON line */
export interface ScoreRequest {
  id: LineId | null;
  text: string;
  lang?: Lang;
  context?: ReplyContext;
}

export type LineErrorCode =
  | 'invalid_json'
  | 'not_an_object'
  | 'invalid_id'
  | 'missing_text'
  | 'invalid_text'
  | 'invalid_lang'
  | 'invalid_context'
  | 'invalid_customer'
  | 'invalid_emotion'
  | 'internal_error'
  | InputErrorCode;

/** what `parley score` prints for a line it could not score */
export interface LineError {
  id?: LineId;
  /** 1-based, counting blank lines too */
  line: number;
  error: string;
  code: LineErrorCode;
}

export type ParsedLine = { ok: true; request: ScoreRequest } | { ok: false; error: LineError };

const EMOTIONS: readonly Emotion[] = ['anger', 'anxiety', 'none'];

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'a number', 'an array'… for messages about the wrong JSON type */
export function describeJsonType(value: unknown): string {
  if (value === null) return t('cli.jsonType.null');
  if (Array.isArray(value)) return t('cli.jsonType.array');
  return t(`cli.jsonType.${typeof value}`);
}

/** a value as JSON, for quoting a bad value in a message */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** a line error with its message rendered from the catalog */
export function lineError(
  line: number,
  code: LineErrorCode,
  params: MessageParams = {},
  id?: LineId | null,
): LineError {
  const error = t(`cli.lineError.${code}`, params);
  return { ...(id === undefined || id === null ? {} : { id }), line, error, code };
}

function readId(value: unknown): { ok: true; id: LineId | null } | { ok: false } {
  if (value === undefined || value === null) return { ok: true, id: null };
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
    return { ok: true, id: value };
  return { ok: false };
}

function readContext(value: unknown, line: number, id: LineId | null): ReplyContext | LineError {
  if (!isObject(value)) return lineError(line, 'invalid_context', { type: describeJsonType(value) }, id);
  const context: ReplyContext = {};
  const { customer, emotion } = value;
  if (customer !== undefined && customer !== null) {
    if (typeof customer !== 'string') {
      return lineError(line, 'invalid_customer', { type: describeJsonType(customer) }, id);
    }
    context.customer = customer;
  }
  if (emotion !== undefined && emotion !== null) {
    if (!EMOTIONS.includes(emotion as Emotion)) {
      return lineError(
        line,
        'invalid_emotion',
        { emotions: EMOTIONS.join(', '), emotion: quote(emotion) },
        id,
      );
    }
    context.emotion = emotion as Emotion;
  }
  return context;
}

/**
 * Reads one JSON line of `parley score` input: `{"id", "text", "lang"?, "context"?: {"customer"?, "emotion"?}}`.
 * Unknown fields are ignored; `null` counts as absent.
 */
export function parseScoreLine(raw: string, line: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: lineError(line, 'invalid_json', { detail }) };
  }
  if (!isObject(value)) {
    return { ok: false, error: lineError(line, 'not_an_object', { type: describeJsonType(value) }) };
  }
  const readIdResult = readId(value.id);
  if (!readIdResult.ok) {
    return { ok: false, error: lineError(line, 'invalid_id', { type: describeJsonType(value.id) }) };
  }
  const { id } = readIdResult;
  const fail = (code: LineErrorCode, params: MessageParams = {}): ParsedLine => ({
    ok: false,
    error: lineError(line, code, params, id),
  });

  const { text, lang, context } = value;
  if (text === undefined) return fail('missing_text');
  if (typeof text !== 'string') return fail('invalid_text', { type: describeJsonType(text) });
  const request: ScoreRequest = { id, text };
  if (lang !== undefined && lang !== null) {
    if (!LANGS.includes(lang as Lang))
      return fail('invalid_lang', { langs: LANGS.join(', '), lang: quote(lang) });
    request.lang = lang as Lang;
  }
  if (context !== undefined && context !== null) {
    const read = readContext(context, line, id);
    if ('code' in read) return { ok: false, error: read };
    request.context = read;
  }
  return { ok: true, request };
}
