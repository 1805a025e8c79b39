import type { LexiconRule, MacroTable, SignalLexicon } from './lexicon/lexicon-types.ts';
import type { Sentence } from './segment.ts';
import { clauseAt } from './segment.ts';
import { requiredLiterals, topLevelAlternatives } from './required-literals.ts';
import type { QuestionLevel } from './types.ts';

export interface CompiledRule {
  id: string;
  re: RegExp;
  level?: QuestionLevel;
  suggestion?: string;
  scope: 'match' | 'clause' | 'sentence';
  /** one of these literals is in every match; null when the rule has no such literals */
  gate: readonly string[] | null;
  /** the rule's number in its language's gate index */
  slot: number;
  /** the pattern began with {START}: it is tried only at clause starts, as a sticky expression */
  atClauseStart: boolean;
}

export interface CompiledLexicon {
  source: SignalLexicon;
  cues: CompiledRule[];
  guards: CompiledRule[];
  hints: CompiledRule[];
}

/**
 * The reply as the rules read it: each sentence on a line of its own (everything between sentences is a line
 * break), so that one pass of a rule covers the whole reply and `^` / `$` mark sentence starts and ends.
 */
export interface RuleDocument {
  text: string;
  sentences: readonly Sentence[];
  /** offsets where a clause starts, per the language's {START} macro, once computed */
  clauseStarts?: Map<string, number[]>;
}

/** which rules of a language may match a document (the ones whose gate literals it contains), and how that language finds clause starts */
export type Runnable = Uint8Array & { clauseFinder: RegExp };

/** a match of a rule, in offsets of the normalised text, with the sentence it lies in */
export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  sentence: number;
}

const MACRO = /\{([A-Z][A-Z0-9_]*)\}/g;

/** expands `{NAME}` macros (recursively) and throws on an unknown one: lexicons ship with the code */
export function expandMacros(pattern: string, macros: MacroTable, ruleId: string, depth = 0): string {
  if (depth > 8) throw new Error(`macro expansion too deep in lexicon rule '${ruleId}'`);
  return pattern.replace(MACRO, (_all, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`unknown macro {${name}} in lexicon rule '${ruleId}'`);
    return `(?:${expandMacros(body, macros, ruleId, depth + 1)})`;
  });
}

/**
 * Keeps a pattern inside one line: negated classes and `\s` no longer match a line break, so no match spans
 * two sentences of the rule document.
 */
export function confineToLine(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 's') out += inClass ? ' \\t\\u3000' : '[^\\S\\n]';
      else out += ch + next;
      i++;
      continue;
    }
    if (!inClass && ch === '[') {
      inClass = true;
      if (source[i + 1] === '^') {
        out += '[^\\n';
        i++;
        continue;
      }
    } else if (inClass && ch === ']') {
      inClass = false;
    }
    out += ch;
  }
  return out;
}

const START = '{START}';

/**
 * Compiles one lexicon entry. A pattern made of top-level alternatives becomes one expression per alternative,
 * each with its own literal gate, so that a reply runs only the alternatives it can match.
 */
function compileRule(rule: LexiconRule, macros: MacroTable): CompiledRule[] {
  // a rule that must begin a clause is tried only where a clause begins: much cheaper than at every offset
  const atClauseStart = rule.pattern.startsWith(START) && macros.START !== undefined;
  const body = atClauseStart ? rule.pattern.slice(START.length) : rule.pattern;
  const source = confineToLine(expandMacros(body, macros, rule.id));
  try {
    new RegExp(source);
  } catch (error) {
    throw new Error(`lexicon rule '${rule.id}' has an invalid pattern: ${(error as Error).message}`, { cause: error });
  }
  // a clause-start rule is one sticky expression: its alternatives share the anchor
  const parts = atClauseStart ? [source] : topLevelAlternatives(source);
  return parts.map((part) => ({
    id: rule.id,
    re: new RegExp(part, atClauseStart ? 'my' : 'gm'),
    scope: rule.scope ?? 'clause',
    gate: requiredLiterals(part),
    slot: -1,
    atClauseStart,
    ...(rule.level ? { level: rule.level } : {}),
    ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
  }));
}

/** the expression that finds clause starts in a rule document, from the language's {START} macro */
export function compileClauseStarts(macros: MacroTable): RegExp {
  return new RegExp(confineToLine(expandMacros(START, macros, 'START')), 'gm');
}

function clauseStartsOf(doc: RuleDocument, finder: RegExp): number[] {
  doc.clauseStarts ??= new Map();
  const cached = doc.clauseStarts.get(finder.source);
  if (cached) return cached;
  const starts: number[] = [];
  finder.lastIndex = 0;
  for (let m = finder.exec(doc.text); m !== null; m = finder.exec(doc.text)) {
    const at = m.index + m[0].length;
    if (doc.text[at] !== undefined && doc.text[at] !== '\n' && starts[starts.length - 1] !== at) starts.push(at);
    if (m[0].length === 0) finder.lastIndex++;
  }
  doc.clauseStarts.set(finder.source, starts);
  return starts;
}

export function compileLexicon(lexicon: SignalLexicon, macros: MacroTable): CompiledLexicon {
  return {
    source: lexicon,
    cues: lexicon.cues.flatMap((r) => compileRule(r, macros)),
    guards: (lexicon.guards ?? []).flatMap((r) => compileRule(r, macros)),
    hints: (lexicon.hints ?? []).flatMap((r) => compileRule(r, macros)),
  };
}

/** builds the rule document of masked normalised text and its sentences */
export function toRuleDocument(masked: string, sentences: readonly Sentence[]): RuleDocument {
  let text = '';
  let at = 0;
  for (const s of sentences) {
    text += '\n'.repeat(s.start - at) + masked.slice(s.start, s.end);
    at = s.end;
  }
  text += '\n'.repeat(masked.length - at);
  return { text, sentences };
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** rules gated by the literal that ends here, or null */
  slots: number[] | null;
}

/**
 * The gate literals of all rules of a language in a character trie, so that one walk over a document tells
 * which rules can match it. The first character is looked up in an array when it is ASCII.
 */
export class GateIndex {
  private readonly root: TrieNode = { next: new Map(), slots: null };
  private readonly ascii: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(128).fill(undefined);
  private readonly ungated: number[] = [];
  private size = 0;

  constructor(private readonly clauseFinder: RegExp) {}

  register(rule: CompiledRule): void {
    rule.slot = this.size++;
    if (rule.gate === null) {
      this.ungated.push(rule.slot);
      return;
    }
    for (const literal of rule.gate) {
      let node = this.root;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), slots: null };
          node.next.set(code, child);
          if (node === this.root && code < 128) this.ascii[code] = child;
        }
        node = child;
      }
      node.slots ??= [];
      if (!node.slots.includes(rule.slot)) node.slots.push(rule.slot);
    }
  }

  scan(text: string): Runnable {
    const runnable = Object.assign(new Uint8Array(this.size), { clauseFinder: this.clauseFinder });
    for (const slot of this.ungated) runnable[slot] = 1;
    const { root, ascii } = this;
    for (let i = 0; i < text.length; i++) {
      const first = text.charCodeAt(i);
      let node: TrieNode | undefined = first < 128 ? ascii[first] : root.next.get(first);
      for (let j = i + 1; node !== undefined; j++) {
        if (node.slots !== null) for (const slot of node.slots) runnable[slot] = 1;
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
      }
    }
    return runnable;
  }
}

function sentenceAt(doc: RuleDocument, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function matchRules(rules: readonly CompiledRule[], doc: RuleDocument, runnable: Runnable): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    if (runnable[rule.slot] !== 1) continue;
    if (rule.atClauseStart) {
      for (const at of clauseStartsOf(doc, runnable.clauseFinder)) {
        rule.re.lastIndex = at;
        const m = rule.re.exec(doc.text);
        if (m && m[0].length > 0) out.push({ rule, start: at, end: at + m[0].length, sentence: sentenceAt(doc, at) });
      }
      continue;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(doc.text); m !== null; m = rule.re.exec(doc.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      out.push({ rule, start: m.index, end: m.index + m[0].length, sentence: sentenceAt(doc, m.index) });
    }
  }
  return out;
}

/** the matches of a lexicon's cues in a reply, less those a guard cancels */
export function findCues(lexicon: CompiledLexicon, doc: RuleDocument, runnable: Runnable): RuleMatch[] {
  const cues = matchRules(lexicon.cues, doc, runnable);
  if (cues.length === 0 || lexicon.guards.length === 0) return cues;
  const guards = matchRules(lexicon.guards, doc, runnable);
  if (guards.length === 0) return cues;
  return cues.filter((cue) => !guards.some((g) => cancels(g, cue, doc)));
}

function cancels(guard: RuleMatch, cue: RuleMatch, doc: RuleDocument): boolean {
  if (guard.sentence !== cue.sentence) return false;
  if (guard.rule.scope === 'sentence') return true;
  if (guard.start < cue.end && cue.start < guard.end) return true;
  if (guard.rule.scope === 'match') return false;
  const sentence = doc.sentences[cue.sentence] as Sentence;
  return clauseAt(sentence, guard.start - sentence.start) === clauseAt(sentence, cue.start - sentence.start);
}

/** the hints of a lexicon that match in a reply */
export function findHints(lexicon: CompiledLexicon, doc: RuleDocument, runnable: Runnable): RuleMatch[] {
  return matchRules(lexicon.hints, doc, runnable);
}
