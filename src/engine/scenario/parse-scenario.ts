import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatPath, type ScenarioIssue } from './issues.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { suggest } from './suggest.ts';
import { validateReferences } from './validate-references.ts';

/** scenario files above this size are refused before parsing */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** objects and lists nested deeper than this are refused */
export const MAX_DEPTH = 40;
/** YAML aliases that expand to more nodes than this are refused (alias bombs) */
export const MAX_ALIAS_COUNT = 200;

/** finds the line and column of a path inside the parsed document */
export type Locator = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

export type ParseResult =
  | { ok: true; scenario: Scenario; locate: Locator; warnings: ScenarioIssue[] }
  | { ok: false; issues: ScenarioIssue[]; locate?: Locator };

function fail(code: string, message: string, params?: Record<string, string | number>, at?: { line: number; column: number }): ParseResult {
  return { ok: false, issues: [{ code, severity: 'error', path: [], message, ...(params && { params }), ...at }] };
}

/** the node at `path`, or the deepest ancestor that exists; keys are located at the key itself */
function makeLocator(doc: Document, lines: LineCounter): Locator {
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        offset = keyRange?.[0] ?? offset;
        node = pair.value;
        const valueRange = (pair.value as Node | null)?.range;
        if (valueRange) offset = valueRange[0];
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else break;
    }
    if (offset === undefined) return undefined;
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

function depthOf(value: unknown): number {
  // iterative, so a hostile document cannot overflow the stack here
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${v}`;
  return typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

const FIELD_NAMES = collectFieldNames();

function collectFieldNames(): string[] {
  return [
    'schemaVersion', 'id', 'version', 'locales', 'title', 'summary', 'skills', 'difficulty', 'priority', 'persona',
    'actions', 'start', 'maxTurns', 'beats', 'ends', 'rubric', 'name', 'mood', 'patience', 'style', 'emotion',
    'leavesAt', 'say', 'rules', 'silence', 'on', 'when', 'set', 'unset', 'next', 'after', 'outcome', 'note',
    'weights', 'checkpoints', 'dimension', 'all', 'any', 'not', 'mentions', 'action', 'flag', 'turn', 'min', 'max',
    'en', 'zh-CN', 'zh-TW', 'empathy', 'clarification', 'compliance', 'resolution', 'timeliness',
  ];
}

type ZodIssue = z.core.$ZodIssue;

/** how unlikely a union branch is to be the one the author meant: type mismatches at its root count most */
function branchBadness(branch: readonly ZodIssue[]): number {
  let bad = 0;
  for (const issue of branch) bad += issue.path.length === 0 && issue.code === 'invalid_type' ? 100 : 1;
  return bad;
}

/** zod reports a union's failure per branch; keep the branch the author most likely meant */
function flatten(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): { issue: ZodIssue; path: PropertyKey[] }[] {
  const out: { issue: ZodIssue; path: PropertyKey[] }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => branchBadness(a) - branchBadness(b))[0] ?? [];
      out.push(...flatten(best, path));
    } else out.push({ issue, path });
  }
  return out;
}

function schemaIssues(error: z.ZodError, input: unknown, locate: Locator): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const { issue, path: rawPath } of flatten(error.issues)) {
    const path = rawPath.map((p) => (typeof p === 'number' ? p : String(p)));
    const last = path[path.length - 1];
    const value = valueAt(input, rawPath);
    const at = locate(path);
    let code = 'invalid_value';
    let message = issue.message;
    const params: Record<string, string | number> = {};
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const hint = suggest(key, FIELD_NAMES);
          out.push({
            code: 'unknown_field',
            severity: 'error',
            path: [...path, key],
            message: `unknown field '${key}'${hint ? `; did you mean '${hint}'?` : '; remove it'}`,
            params: { field: key, ...(hint && { suggestion: hint }) },
            ...(locate([...path, key]) ?? at),
          });
        }
        continue;
      case 'invalid_type':
        if (value === undefined) {
          code = 'missing_field';
          message = `'${String(last)}' is required`;
          params.field = String(last);
        } else {
          code = 'wrong_type';
          message = `expected ${issue.expected}, got ${typeName(value)}`;
        }
        break;
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const hint = typeof value === 'string' ? suggest(value, allowed) : undefined;
        code = 'unknown_value';
        message = `${typeName(value)} is not allowed here${hint ? `; did you mean '${hint}'?` : `; use one of ${allowed.join(', ')}`}`;
        break;
      }
      case 'invalid_format':
        code = 'invalid_text';
        break;
      case 'too_small':
      case 'too_big':
        code = issue.code;
        break;
      default:
        break;
    }
    out.push({ code, severity: 'error', path, message, params, ...at });
  }
  return out;
}

/**
 * Read a scenario from YAML or JSON text. Never throws: hostile input (alias bombs, huge or deeply nested files,
 * binary junk, duplicate keys) comes back as issues with the line and column where it could be placed.
 * @example
 * const result = parseScenario(readFileSync('scenarios/login-failure-angry.yaml', 'utf8'));
 * if (!result.ok) for (const issue of result.issues) console.error(formatIssue(issue, file));
 */
export function parseScenario(text: string): ParseResult {
  if (typeof text !== 'string') return fail('not_text', 'a scenario must be text (YAML or JSON)');
  if (text.length > MAX_SCENARIO_BYTES) {
    return fail('file_too_large', `the file is ${text.length} characters; a scenario may be at most ${MAX_SCENARIO_BYTES}`, {
      size: text.length,
      max: MAX_SCENARIO_BYTES,
    });
  }
  // eslint-disable-next-line no-control-regex -- NUL and other C0 controls mean a binary file
  const binary = /[\u0000-\u0008\u000e-\u001a\ufffd]/.exec(text);
  if (binary) {
    const before = text.slice(0, binary.index);
    const line = before.split('\n').length;
    return fail('not_text', 'this looks like a binary file, not YAML or JSON text', undefined, {
      line,
      column: binary.index - before.lastIndexOf('\n'),
    });
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return fail('yaml_syntax', `the file cannot be read as YAML: ${(e as Error).message}`);
  }
  const locate = makeLocator(doc, lines);
  if (doc.errors.length > 0) {
    const issues = doc.errors.slice(0, 20).map((e): ScenarioIssue => {
      const pos = lines.linePos(e.pos[0]);
      const duplicate = e.code === 'DUPLICATE_KEY';
      return {
        code: duplicate ? 'duplicate_key' : 'yaml_syntax',
        severity: 'error',
        path: [],
        message: duplicate ? 'this key appears twice in the same object; keep one' : (e.message.split('\n')[0] ?? e.message),
        line: pos.line,
        column: pos.col,
      };
    });
    return { ok: false, issues, locate };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError) {
      return fail('alias_bomb', 'YAML aliases expand to too much data; write the lines out instead of nesting aliases');
    }
    if (e instanceof RangeError) return fail('too_deep', `the file is nested too deeply (more than ${MAX_DEPTH} levels)`);
    return fail('yaml_syntax', `the file cannot be read as YAML: ${(e as Error).message}`);
  }
  if (value === null || value === undefined) return fail('empty_file', 'the file is empty; a scenario starts with its id');
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail('not_an_object', `a scenario is an object with fields like id, title and beats, not ${typeName(value)}`, undefined, locate([]));
  }
  if (depthOf(value) > MAX_DEPTH) return fail('too_deep', `the file is nested too deeply (more than ${MAX_DEPTH} levels)`);
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error, value, locate), locate };
  const referenceIssues = validateReferences(parsed.data).map((i) => ({ ...i, ...locate(i.path) }));
  const errors = referenceIssues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: referenceIssues, locate };
  return { ok: true, scenario: parsed.data, locate, warnings: referenceIssues };
}

export { formatPath };
