import * as regjsparser from 'regjsparser';
import type { AstNode, RootNode } from 'regjsparser';

// regjsparser is a CommonJS module: node's ESM loader exposes it as `default`, bundlers as named exports
const { parse } = (regjsparser as unknown as { default?: typeof regjsparser }).default ?? regjsparser;

/**
 * Literals of which at least one occurs in every match of a pattern, or null when no such set is known.
 * The analyzer runs a rule only when one of its literals is in the reply, so that the many rules that cannot
 * match cost a set lookup instead of a scan.
 */
export type RequiredLiterals = readonly string[] | null;

const MAX_LITERALS = 600;

// words in nearly every reply select nothing, however long they are
const COMMON = new Set([
  'you', 'your', 'the', 'and', 'that', 'this', 'for', 'with', 'have', 'are', 'was', 'can', 'will', "i'm", "it's",
  "you're", "i'll", "we'll", 'our', 'not', 'but', 'please', 'what', 'there', 'they', 'just', 'been', 'from',
  '您', '你', '的', '了', '是', '我', '我们', '这', '在', '有', '不', '您的', '一下', '亲', '请',
]);

/** how selective the least selective literal is: a Han character counts as three letters, spaces as nothing */
function selectivity(literals: readonly string[]): number {
  let min = Infinity;
  for (const s of literals) {
    if (COMMON.has(s.trim())) return 1;
    let weight = 0;
    for (const ch of s) weight += /[\u3400-\u9fff]/.test(ch) ? 3 : /[a-z0-9']/.test(ch) ? 1 : 0;
    min = Math.min(min, weight);
  }
  return Math.min(min, 6);
}

function best(candidates: readonly (readonly string[])[]): RequiredLiterals {
  let chosen: readonly string[] | null = null;
  for (const c of candidates) {
    if (c.length === 0 || c.length > MAX_LITERALS || selectivity(c) < 2) continue;
    const better =
      chosen === null ||
      selectivity(c) > selectivity(chosen) ||
      (selectivity(c) === selectivity(chosen) && c.length < chosen.length);
    if (better) chosen = c;
  }
  return chosen;
}

function ofSequence(terms: readonly AstNode[]): RequiredLiterals {
  const candidates: string[][] = [];
  let run = '';
  for (const term of terms) {
    if (term.type === 'value') {
      run += String.fromCodePoint(term.codePoint);
      continue;
    }
    if (run) candidates.push([run]);
    run = '';
    const inner = ofNode(term);
    if (inner) candidates.push([...inner]);
  }
  if (run) candidates.push([run]);
  return best(candidates);
}

function ofNode(node: AstNode): RequiredLiterals {
  switch (node.type) {
    case 'value':
      return [String.fromCodePoint(node.codePoint)];
    case 'alternative':
      return ofSequence(node.body);
    case 'disjunction': {
      const all: string[] = [];
      for (const alt of node.body) {
        const inner = ofNode(alt);
        if (!inner) return null;
        all.push(...inner);
        if (all.length > MAX_LITERALS) return null;
      }
      return [...new Set(all)];
    }
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return null;
      return node.body.length === 1 ? ofNode(node.body[0] as AstNode) : ofSequence(node.body);
    case 'quantifier':
      return node.min >= 1 ? ofNode(node.body[0]) : null;
    default:
      return null;
  }
}

/** the required literals of a regular expression source (no flags that change matching, such as `i`) */
export function requiredLiterals(source: string): RequiredLiterals {
  const ast: RootNode<{ lookbehind: true }> = parse(source, '', { lookbehind: true });
  const literals = ofNode(ast);
  return literals ? best([literals]) : null;
}

/** the top-level alternatives of a regular expression source, as sources (one element when there is no `|`) */
export function topLevelAlternatives(source: string): string[] {
  const ast = parse(source, '', { lookbehind: true }) as AstNode;
  if (ast.type !== 'disjunction') return [source];
  return ast.body.map((alternative) => alternative.raw);
}
