import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { compareIssues, type ScenarioIssue } from '../../engine/scenario/issues.ts';
import { MAX_ALIAS_COUNT } from '../../engine/scenario/parse-scenario.ts';
import { goldenFileSchema, type GoldenFile } from '../../engine/session/golden.ts';

export type GoldenParse = { ok: true; golden: GoldenFile } | { ok: false; issues: ScenarioIssue[] };

function error(
  code: string,
  message: string,
  path: (string | number)[],
  at?: { line: number; column: number },
): ScenarioIssue {
  return { code, severity: 'error', path, message, line: at?.line ?? 1, column: at?.column ?? 1 };
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/**
 * Read a golden transcript file (`<id>.golden.yaml`): YAML, then the golden schema. Never throws; problems come
 * back as issues with the line and column of the value at fault, or of its nearest parent that exists.
 */
export function parseGolden(text: string): GoldenParse {
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return {
      ok: false,
      issues: [error('yaml_syntax', `the file cannot be read as YAML: ${(e as Error).message}`, [])],
    };
  }
  const position = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors
        .slice(0, 20)
        .map((e) =>
          error(
            e.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'yaml_syntax',
            e.code === 'DUPLICATE_KEY'
              ? 'this key appears twice in the same object; keep one'
              : (e.message.split('\n')[0] ?? e.message),
            [],
            position(e.pos[0]),
          ),
        ),
    };
  }
  /** the value at a path, or its nearest parent that exists; `key: true` places a map entry at its key */
  const locate = (path: readonly (string | number)[], options: { key?: boolean } = {}) => {
    if (options.key && path.length > 0) {
      const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]))
        : undefined;
      if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return position(node.range[0]);
    }
    return undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return {
      ok: false,
      issues: [error('yaml_syntax', `the file cannot be read as YAML: ${(e as Error).message}`, [])],
    };
  }
  const parsed = goldenFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, golden: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues
      .flatMap((issue) => {
        const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) =>
            error(
              'unknown_field',
              `unknown field '${key}'; remove it`,
              [...path, key],
              locate([...path, key], { key: true }),
            ),
          );
        }
        if (
          (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
          valueAt(value, path) === undefined
        ) {
          return [
            error('missing_field', `'${String(path[path.length - 1])}' is required`, path, locate(path)),
          ];
        }
        return [error('invalid_value', issue.message, path, locate(path))];
      })
      .sort(compareIssues),
  };
}
