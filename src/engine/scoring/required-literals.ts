import * as regjsparser from 'regjsparser';
import type { AstNode, CharacterClassBody, RootNode } from 'regjsparser';

// regjsparser is a CommonJS module: node's ESM loader exposes it as `default`, bundlers as named exports
const { parse } = (regjsparser as unknown as { default?: typeof regjsparser }).default ?? regjsparser;

/**
 * Literals of which at least one occurs in every match of a pattern, or null when no such set is known.
 * The analyzer runs a rule only when one of its literals is in the reply, so that the many rules that cannot
 * match cost a set lookup instead of a scan.
 */
export type RequiredLiterals = readonly string[] | null;

/** sets of literals that every match meets: each match contains one literal of every set (none known: empty) */
export type LiteralClauses = readonly (readonly string[])[];

const MAX_LITERALS = 600;

// words in nearly every reply select nothing, however long they are
const COMMON = new Set([
  'you', 'your', 'the', 'and', 'that', 'this', 'for', 'with', 'have', 'are', 'was', 'can', 'will', "i'm", "it's",
  "you're", "i'll", "we'll", 'our', 'not', 'but', 'please', 'what', 'there', 'they', 'just', 'been', 'from',
  '您', '你', '的', '了', '是', '我', '我们', '这', '在', '有', '不', '您的', '一下', '亲', '请',
]);

const HAN = /[\u3400-\u9fff]/;
const WORD = /[a-z0-9']/;
// white space and the punctuation of every other sentence
const PLAIN = /[\s,.!?;:"()\-_。、…]/;

/**
 * How selective the least selective literal is: a Han character counts as three letters, a rarer symbol (`>`,
 * `$`, an emoji) as two, spaces and common punctuation as nothing.
 */
function selectivity(literals: readonly string[]): number {
  let min = Infinity;
  for (const s of literals) {
    if (COMMON.has(s.trim())) return 1;
    let weight = 0;
    for (const ch of s) weight += HAN.test(ch) ? 3 : WORD.test(ch) ? 1 : PLAIN.test(ch) ? 0 : 2;
    min = Math.min(min, weight);
  }
  return Math.min(min, 6);
}

function isUseful(literals: readonly string[]): boolean {
  return literals.length > 0 && literals.length <= MAX_LITERALS && selectivity(literals) >= 2;
}

function best(candidates: readonly (readonly string[])[]): RequiredLiterals {
  let chosen: readonly string[] | null = null;
  let chosenSelectivity = 0;
  for (const c of candidates) {
    if (c.length === 0 || c.length > MAX_LITERALS) continue;
    const s = selectivity(c);
    if (s < 2) continue;
    if (chosen === null || s > chosenSelectivity || (s === chosenSelectivity && c.length < chosen.length)) {
      chosen = c;
      chosenSelectivity = s;
    }
  }
  return chosen;
}

/** every literal set a sequence requires: its runs of plain characters, and what each required term requires */
function ofSequence(terms: readonly AstNode[]): string[][] {
  const clauses: string[][] = [];
  let run = '';
  for (const term of terms) {
    if (term.type === 'value') {
      run += String.fromCodePoint(term.codePoint);
      continue;
    }
    if (run) clauses.push([run]);
    run = '';
    clauses.push(...ofNode(term));
  }
  if (run) clauses.push([run]);
  return clauses;
}

function ofNode(node: AstNode): string[][] {
  switch (node.type) {
    case 'value':
      return [[String.fromCodePoint(node.codePoint)]];
    case 'alternative':
      return ofSequence(node.body);
    case 'disjunction': {
      // one set for the whole choice: the best set of each alternative, together
      const all: string[] = [];
      for (const alt of node.body) {
        const inner = best(ofNode(alt));
        if (!inner) return [];
        all.push(...inner);
        if (all.length > MAX_LITERALS) return [];
      }
      return [[...new Set(all)]];
    }
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return [];
      return node.body.length === 1 ? ofNode(node.body[0] as AstNode) : ofSequence(node.body);
    case 'quantifier':
      return node.min >= 1 ? ofNode(node.body[0]) : [];
    default:
      return [];
  }
}

function clausesOf(ast: AstNode): LiteralClauses {
  const seen = new Set<string>();
  const clauses: string[][] = [];
  for (const clause of ofNode(ast)) {
    const key = [...clause].sort().join('\u0000');
    if (!isUseful(clause) || seen.has(key)) continue;
    seen.add(key);
    clauses.push(clause);
  }
  return clauses;
}

function parseSource(source: string): AstNode {
  const ast: RootNode<{ lookbehind: true }> = parse(source, '', { lookbehind: true });
  return ast;
}

/**
 * The literal sets every match of a regular expression source meets (no flags that change matching, such as `i`),
 * the selective ones only: a rule needs to run only where one literal of each set occurs.
 */
export function requiredClauses(source: string): LiteralClauses {
  return clausesOf(parseSource(source));
}

/** the most selective of the required literal sets of a regular expression source */
export function requiredLiterals(source: string): RequiredLiterals {
  return best(requiredClauses(source));
}

const LINE_FEED = 0x0a;
// the class escapes that hold a line feed: \s, \W and \D do; \S, \w and \d do not
const ESCAPES_WITH_LINE_FEED = new Set(['s', 'W', 'D']);

/** whether a class member holds a line feed, or null when that is not known */
function holdsLineFeed(member: CharacterClassBody): boolean | null {
  switch (member.type) {
    case 'value':
      return member.codePoint === LINE_FEED;
    case 'characterClassRange':
      return member.min.codePoint <= LINE_FEED && LINE_FEED <= member.max.codePoint;
    case 'characterClassEscape':
      return ESCAPES_WITH_LINE_FEED.has(member.value);
    default:
      return null;
  }
}

/**
 * Whether any part of a regular expression source (lookarounds included) can read a line feed: when none can,
 * each match and everything that decides it lies on one line, so the expression gives the same matches on a line
 * of a rule document as on the whole document. Without the `s` flag a dot never reads one.
 */
export function canReadLineFeed(source: string): boolean {
  return readsLineFeed(parseSource(source));
}

function readsLineFeed(ast: AstNode): boolean {
  const visit = (node: AstNode): boolean => {
    switch (node.type) {
      case 'value':
      case 'characterClassEscape':
        return holdsLineFeed(node) === true;
      case 'characterClass': {
        const held = node.body.map(holdsLineFeed);
        if (held.includes(null)) return true;
        return node.negative !== held.includes(true);
      }
      case 'dot':
      case 'anchor':
      case 'reference':
        return false;
      case 'alternative':
      case 'disjunction':
      case 'group':
      case 'quantifier':
        return node.body.some(visit);
      default:
        return true;
    }
  };
  return visit(ast);
}

/**
 * The character that stands in for every character above U+00FF when a rule that cannot tell them apart reads a
 * wide text (see `readsWideApart`).
 */
export const WIDE_STAND_IN = '\u00a4';
const STAND_IN = WIDE_STAND_IN.charCodeAt(0);
// white space above U+00FF: a normalised reply has none (it becomes a plain space), so a class may hold it
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

function isNarrowMember(codePoint: number): boolean {
  return codePoint !== STAND_IN && (codePoint <= 0xff || WIDE_SPACE.test(String.fromCodePoint(codePoint)));
}

/**
 * Whether an expression can tell characters above U+00FF apart from each other or from `WIDE_STAND_IN`. When it
 * cannot (it names none of them, nor the stand-in, and has no back-reference), it reads a text with each of them
 * replaced by the stand-in exactly as it reads the text itself, so V8 compiles it for one-byte strings only.
 */
export function readsWideApart(source: string): boolean {
  return tellsWideApart(parseSource(source));
}

function tellsWideApart(ast: AstNode): boolean {
  const visit = (node: AstNode | CharacterClassBody): boolean => {
    switch (node.type) {
      case 'value':
        return !isNarrowMember(node.codePoint);
      case 'characterClassRange':
        return node.max.codePoint > 0xff || (node.min.codePoint <= STAND_IN && STAND_IN <= node.max.codePoint);
      case 'characterClassEscape':
      case 'dot':
      case 'anchor':
        return false;
      case 'characterClass':
        return node.body.some(visit);
      case 'alternative':
      case 'disjunction':
      case 'group':
      case 'quantifier':
        return node.body.some(visit);
      default:
        return true;
    }
  };
  return visit(ast);
}

/** what the analyzer needs to know of one expression: its source, the literal sets it requires, what it reads */
export interface PatternFacts {
  source: string;
  clauses: LiteralClauses;
  readsLineFeed: boolean;
  readsWideApart: boolean;
}

/**
 * A regular expression source read once: split into its top-level alternatives (when `split`, and it has any),
 * each with its facts.
 */
export function readPattern(source: string, split: boolean): PatternFacts[] {
  const ast = parseSource(source);
  const parts = split && ast.type === 'disjunction' ? ast.body : [ast];
  return parts.map((part) => ({
    source: parts.length === 1 ? source : part.raw,
    clauses: clausesOf(part),
    readsLineFeed: readsLineFeed(part),
    readsWideApart: tellsWideApart(part),
  }));
}
