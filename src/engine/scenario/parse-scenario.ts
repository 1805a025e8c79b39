import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { formatPath, type ScenarioIssue } from './issues.ts';
import { scenarioSchema, SIGNAL_ATOMS, TOOL_ACTIONS, type Scenario } from './schema.ts';
import { suggest } from './suggest.ts';
import { validateReferences } from './validate-references.ts';

/** scenario files above this size are refused before parsing */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** objects and lists nested deeper than this are refused */
export const MAX_DEPTH = 40;
/** YAML aliases that expand to more nodes than this are refused (alias bombs) */
export const MAX_ALIAS_COUNT = 200;
/** brackets or indents nested deeper than this are refused before the YAML parser sees them (it recurses) */
export const MAX_SCAN_NESTING = 100;
/** more alias uses than this are refused before parsing (resolving each one walks the document) */
export const MAX_ALIAS_USES = 1000;
/** issues reported for one file at most; the rest are counted in a last warning */
export const MAX_ISSUES = 200;

/**
 * finds the line and column of a path inside the parsed document: a scalar's value, or its key with `'key'`
 * (for an unknown field the key is what is wrong)
 */
export type Locator = (
  path: readonly (string | number)[],
  at?: 'key' | 'value',
) => { line: number; column: number } | undefined;

export type ParseResult =
  | { ok: true; scenario: Scenario; locate: Locator; warnings: ScenarioIssue[] }
  | { ok: false; issues: ScenarioIssue[]; locate?: Locator };

interface Position {
  line: number;
  column: number;
}

function fail(
  code: string,
  message: string,
  params?: Record<string, string | number>,
  at?: Position,
): ParseResult {
  return {
    ok: false,
    issues: [{ code, severity: 'error', path: [], message, ...(params && { params }), ...at }],
  };
}

/** 1-based line and column of a character offset */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface ScanProblem {
  code: 'too_deep' | 'alias_bomb';
  offset: number;
}

const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * One linear pass over the text that refuses what would make the YAML parser recurse or loop for long: flow
 * brackets or block indents nested past MAX_SCAN_NESTING, or more than MAX_ALIAS_USES aliases. Quotes, comments
 * and block scalars are skipped roughly; plain text is only counted inside brackets, so prose never trips it.
 */
function scanText(text: string): ScanProblem | undefined {
  const n = text.length;
  let flow = 0;
  let aliases = 0;
  let quote: '"' | "'" | undefined;
  const indents: number[] = [];
  let blockScalarIndent = -1;
  /** the last indicator ('[', ':' ...), '' at the start of a line, 'x' after plain text */
  let prev = '';
  let spaceSincePrev = true;
  for (let pos = 0; pos <= n;) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    let i = pos;
    if (quote === undefined && flow === 0) {
      while (i < end && text[i] === ' ') i++;
      const blank = i === end || text[i] === '#' || text[i] === '\r';
      if (blockScalarIndent >= 0 && (blank || i - pos > blockScalarIndent)) {
        pos = end + 1;
        continue;
      }
      blockScalarIndent = -1;
      if (!blank) {
        const indent = i - pos;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        // compact collections: each '- ' or '? ' opens a level on the same line
        for (;;) {
          indents.push(i - pos);
          if (indents.length > MAX_SCAN_NESTING) return { code: 'too_deep', offset: i };
          const c = text[i];
          const next = text[i + 1];
          if ((c !== '-' && c !== '?') || (next !== ' ' && next !== '\r' && i + 1 !== end)) break;
          i++;
          while (i < end && text[i] === ' ') i++;
          if (i === end) break;
        }
        if (BLOCK_SCALAR_HEADER.test(text.slice(i, end))) blockScalarIndent = indent;
      }
      prev = '';
      spaceSincePrev = true;
    }
    for (; i < end; i++) {
      const c = text[i] ?? '';
      if (quote !== undefined) {
        if (c === '\\' && quote === '"') i++;
        else if (c === "'" && quote === "'" && text[i + 1] === "'") i++;
        else if (c === quote) {
          quote = undefined;
          prev = 'x';
          spaceSincePrev = false;
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') {
        spaceSincePrev = true;
        continue;
      }
      if (c === '#' && spaceSincePrev) break;
      const atNode =
        prev === '' || prev === '[' || prev === '{' || prev === ',' || prev === ':' || prev === '?';
      const next = text[i + 1];
      const spaceAfter =
        next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n';
      // only indicators start a node; any other character makes the rest plain text
      let indicator = false;
      if (flow > 0 && (c === ']' || c === '}')) {
        flow--;
        indicator = true;
      } else if ((c === '[' || c === '{') && (flow > 0 || atNode)) {
        flow++;
        if (flow > MAX_SCAN_NESTING) return { code: 'too_deep', offset: i };
        indicator = true;
      } else if (atNode && (c === '"' || c === "'")) quote = c;
      else if (atNode && c === '*' && ++aliases > MAX_ALIAS_USES) return { code: 'alias_bomb', offset: i };
      else if (atNode && (c === '&' || c === '!')) {
        // an anchor or tag comes before the node it names
        while (i + 1 < end && text[i + 1] !== ' ') i++;
        spaceSincePrev = false;
        continue;
      } else if (c === ':' || c === '?') indicator = spaceAfter || (flow > 0 && c === ':');
      else if (c === ',') indicator = flow > 0;
      prev = indicator ? c : 'x';
      spaceSincePrev = false;
    }
    pos = end + 1;
  }
  return undefined;
}

/**
 * The node at `path`: a scalar's value, or the key of a collection (`beats.refund` is the line `refund:`). When
 * the path goes past what exists (a missing field), the deepest part that exists.
 */
function makeLocator(doc: Document, lines: LineCounter): Locator {
  // one key index per map, so locating many issues in a large file stays linear
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairsOf = (map: YAMLMap): Map<string, Pair> => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (isPair(p) && isScalar(p.key)) {
          const key = String(p.key.value);
          if (!index.has(key)) index.set(key, p);
        }
      }
      indexes.set(map, index);
    }
    return index;
  };
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    let found = true;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairsOf(node).get(String(seg));
        if (!pair) {
          found = false;
          break;
        }
        offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) {
          found = false;
          break;
        }
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        found = false;
        break;
      }
    }
    if (found && at === 'value' && (isScalar(node) || isAlias(node)) && node.range) offset = node.range[0];
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
    'schemaVersion',
    'id',
    'version',
    'locales',
    'title',
    'summary',
    'skills',
    'difficulty',
    'priority',
    'persona',
    'actions',
    'start',
    'maxTurns',
    'beats',
    'ends',
    'rubric',
    'name',
    'mood',
    'patience',
    'style',
    'emotion',
    'leavesAt',
    'say',
    'rules',
    'silence',
    'on',
    'when',
    'set',
    'unset',
    'next',
    'after',
    'outcome',
    'note',
    'weights',
    'checkpoints',
    'dimension',
    'all',
    'any',
    'not',
    'mentions',
    'action',
    'flag',
    'turn',
    'min',
    'max',
    'en',
    'zh-CN',
    'zh-TW',
    'empathy',
    'clarification',
    'compliance',
    'resolution',
    'timeliness',
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
function flatten(
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): { issue: ZodIssue; path: PropertyKey[] }[] {
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

/** a condition written as text sits under `when`, `not`, or in an `all` / `any` list */
function isConditionText(path: readonly (string | number)[], value: unknown): value is string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return (
    typeof value === 'string' &&
    (last === 'when' ||
      last === 'not' ||
      (typeof last === 'number' && (parent === 'all' || parent === 'any')))
  );
}

/** a stable code for a condition word the schema refused: unknown signal, unknown action or a bad comparison */
function conditionCode(text: string): { code: string; params: Record<string, string> } {
  const trimmed = text.trim();
  const action = /^action:\s*(.*)$/.exec(trimmed);
  if (action) {
    const hint = suggest(action[1] ?? '', TOOL_ACTIONS);
    return { code: 'unknown_action', params: { action: action[1] ?? '', ...(hint && { suggestion: hint }) } };
  }
  if (/^(mood|turn)\b/.test(trimmed)) return { code: 'invalid_comparison', params: { condition: trimmed } };
  const hint = suggest(trimmed, SIGNAL_ATOMS);
  return { code: 'unknown_signal', params: { signal: trimmed, ...(hint && { suggestion: hint }) } };
}

function schemaIssues(error: z.ZodError, input: unknown, locate: Locator): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const { issue, path: rawPath } of flatten(error.issues)) {
    // zod reports every issue; locating thousands would only bury the first ones
    if (out.length >= MAX_ISSUES) break;
    const path = rawPath.map((p) => (typeof p === 'number' ? p : String(p)));
    const last = path[path.length - 1];
    const value = valueAt(input, rawPath);
    let code = 'invalid_value';
    let message = issue.message;
    let params: Record<string, string | number> = {};
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys.slice(0, MAX_ISSUES)) {
          const hint = suggest(key, FIELD_NAMES);
          out.push({
            code: 'unknown_field',
            severity: 'error',
            path: [...path, key],
            message: `unknown field '${key}'${hint ? `; did you mean '${hint}'?` : '; remove it'}`,
            params: { field: key, ...(hint && { suggestion: hint }) },
            ...locate([...path, key], 'key'),
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
          params = { expected: issue.expected };
        }
        break;
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const hint = typeof value === 'string' ? suggest(value, allowed) : undefined;
        code = 'unknown_value';
        message = `${typeName(value)} is not allowed here${hint ? `; did you mean '${hint}'?` : `; use one of ${allowed.join(', ')}`}`;
        if (hint) params.suggestion = hint;
        break;
      }
      case 'invalid_format':
        if (isConditionText(path, value)) ({ code, params } = conditionCode(value));
        else code = 'invalid_text';
        break;
      case 'too_small':
      case 'too_big':
        code = issue.code;
        break;
      default:
        break;
    }
    out.push({ code, severity: 'error', path, message, params, ...locate(path) });
  }
  const shown = out.slice(0, MAX_ISSUES);
  const hidden = countIssues(error.issues) - shown.length;
  if (hidden > 0) {
    shown.push({
      code: 'too_many_issues',
      severity: 'warning',
      path: [],
      message: `${hidden} more problems are not shown; fix the ones above and check again`,
      params: { hidden },
    });
  }
  return shown;
}

/** issues as the author sees them: one per unknown key */
function countIssues(issues: readonly ZodIssue[]): number {
  let n = 0;
  for (const { issue } of flatten(issues)) n += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return n;
}

/**
 * Offsets of keys that repeat an earlier key of the same map, at most 20. The parser's own check compares every
 * pair of keys, which takes minutes on a map with tens of thousands of keys.
 */
function duplicateKeys(doc: Document): number[] {
  const out: number[] = [];
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(id)) out.push(pair.key.range?.[0] ?? 0);
        seen.add(id);
      }
      return out.length >= 20 ? visit.BREAK : undefined;
    },
  });
  return out.slice(0, 20);
}

/** where the first alias to `name` is, for an alias with no anchor */
function aliasOffset(doc: Document, name: string): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      if (node.source !== name) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Read a scenario from YAML or JSON text. Never throws: hostile input (alias bombs, huge or deeply nested files,
 * binary junk, duplicate keys) comes back as issues with the line and column where it could be placed.
 * @example
 * const result = parseScenario(readFileSync('scenarios/login-failure-angry.yaml', 'utf8'));
 * if (!result.ok) for (const issue of result.issues) console.error(formatIssue(issue, file));
 */
export function parseScenario(input: string): ParseResult {
  if (typeof input !== 'string') return fail('not_text', 'a scenario must be text (YAML or JSON)');
  if (input.length > MAX_SCENARIO_BYTES) {
    return fail(
      'file_too_large',
      `the file is ${input.length} characters; a scenario may be at most ${MAX_SCENARIO_BYTES}`,
      {
        size: input.length,
        max: MAX_SCENARIO_BYTES,
      },
    );
  }
  // editors hide a byte-order mark, so columns on the first line count from after it
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  // eslint-disable-next-line no-control-regex -- NUL and other C0 controls mean a binary file
  const binary = /[\u0000-\u0008\u000e-\u001a\ufffd]/.exec(text);
  if (binary)
    return fail(
      'not_text',
      'this looks like a binary file, not YAML or JSON text',
      undefined,
      positionOf(text, binary.index),
    );
  const scanned = scanText(text);
  if (scanned?.code === 'too_deep') {
    return fail(
      'too_deep',
      `the file is nested too deeply (more than ${MAX_DEPTH} levels)`,
      { max: MAX_DEPTH },
      positionOf(text, scanned.offset),
    );
  }
  if (scanned?.code === 'alias_bomb') {
    return fail(
      'alias_bomb',
      `the file uses more than ${MAX_ALIAS_USES} YAML aliases (*name); write the lines out instead`,
      { max: MAX_ALIAS_USES },
      positionOf(text, scanned.offset),
    );
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
    });
  } catch (e) {
    return fail('yaml_syntax', `the file cannot be read as YAML: ${(e as Error).message}`);
  }
  const locate = makeLocator(doc, lines);
  if (doc.errors.length > 0) {
    const issues = doc.errors.slice(0, 20).map((e): ScenarioIssue => {
      const pos = lines.linePos(e.pos[0]);
      const at = { line: pos.line, column: pos.col };
      // the parser recurses per level; the scan above should have caught this first
      if (e.message.includes('call stack')) {
        return {
          code: 'too_deep',
          severity: 'error',
          path: [],
          message: `the file is nested too deeply (more than ${MAX_DEPTH} levels)`,
          params: { max: MAX_DEPTH },
          ...at,
        };
      }
      if (e.code === 'MULTIPLE_DOCS') {
        return {
          code: 'multiple_documents',
          severity: 'error',
          path: [],
          message: "the file holds more than one document (a second '---'); a scenario is one document",
          ...at,
        };
      }
      return {
        code: 'yaml_syntax',
        severity: 'error',
        path: [],
        message: e.message.split('\n')[0] ?? e.message,
        ...at,
      };
    });
    return { ok: false, issues, locate };
  }
  const duplicates = duplicateKeys(doc).map((offset): ScenarioIssue => {
    const pos = lines.linePos(offset);
    return {
      code: 'duplicate_key',
      severity: 'error',
      path: [],
      message: 'this key appears twice in the same object; keep one',
      line: pos.line,
      column: pos.col,
    };
  });
  if (duplicates.length > 0) return { ok: false, issues: duplicates, locate };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message);
    if (unresolved) {
      const name = unresolved[1] ?? '';
      const offset = aliasOffset(doc, name);
      return fail(
        'unknown_alias',
        `the alias '*${name}' has no anchor '&${name}' before it; define the anchor first or write the value out`,
        { alias: name },
        offset === undefined ? undefined : positionOf(text, offset),
      );
    }
    if (e instanceof ReferenceError) {
      return fail(
        'alias_bomb',
        'YAML aliases expand to too much data; write the lines out instead of nesting aliases',
        { max: MAX_ALIAS_COUNT },
      );
    }
    if (e instanceof RangeError)
      return fail('too_deep', `the file is nested too deeply (more than ${MAX_DEPTH} levels)`, {
        max: MAX_DEPTH,
      });
    return fail('yaml_syntax', `the file cannot be read as YAML: ${message}`);
  }
  if (value === null || value === undefined) {
    return fail('empty_file', 'the file is empty; a scenario starts with its id', undefined, {
      line: 1,
      column: 1,
    });
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      'not_an_object',
      `a scenario is an object with fields like id, title and beats, not ${typeName(value)}`,
      undefined,
      locate([]),
    );
  }
  if (depthOf(value) > MAX_DEPTH)
    return fail('too_deep', `the file is nested too deeply (more than ${MAX_DEPTH} levels)`, {
      max: MAX_DEPTH,
    });
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error, value, locate), locate };
  const referenceIssues = validateReferences(parsed.data).map((i) => ({ ...i, ...locate(i.path) }));
  const errors = referenceIssues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: referenceIssues, locate };
  return { ok: true, scenario: parsed.data, locate, warnings: referenceIssues };
}

export { formatPath };
