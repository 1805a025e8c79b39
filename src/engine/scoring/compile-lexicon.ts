import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { LexiconRule, MacroTable, SignalLexicon } from './lexicon/lexicon-types.ts';
import type { Sentence } from './segment.ts';
import { clauseAt } from './segment.ts';
import type { LiteralClauses } from './required-literals.ts';
import { readPattern, WIDE_STAND_IN } from './required-literals.ts';
import type { QuestionLevel } from './types.ts';

export interface CompiledRule {
  id: string;
  re: RegExp;
  level?: QuestionLevel;
  suggestion?: string;
  scope: 'match' | 'clause' | 'sentence';
  /** literal sets that every match meets (one literal of each set is in it); empty when none is known */
  gate: LiteralClauses;
  /** no part of the expression reads a line feed, so it matches within one sentence of a rule document */
  lineBound: boolean;
  /** the expression tells characters above U+00FF apart (else it may read them all as `WIDE_STAND_IN`) */
  readsWideApart: boolean;
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
  /** the texts of runs of sentences, once computed: a rule that stays on one line reads only where it may match */
  runs?: Map<number, Run>;
  /** the text has a character above U+00FF (it is a string of two bytes a character), once known */
  wide?: boolean;
}

/** every sentence: a rule may match anywhere in the document */
const ALL_SENTENCES = -1;
/** sentence bits: one per sentence, the last one standing for that sentence and all after it */
const LAST_SENTENCE_BIT = 30;

function sentenceBit(sentence: number): number {
  return 1 << Math.min(sentence, LAST_SENTENCE_BIT);
}

/** which rules of a language may match a document, in which sentences, and how that language finds clause starts */
export interface Runnable {
  clauseFinder: RegExp;
  /** by rule slot: the bits (see `sentenceBit`) of the sentences where the rule may match; 0 when it cannot match */
  sentences: Int32Array;
}

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
  // a rule is tried at clause starts as a whole, so {START} further in would only ever match at a line start
  if (atClauseStart && body.includes(START))
    throw new Error(`lexicon rule '${rule.id}' opens with ${START}, so its later alternatives must not repeat it`);
  const source = confineToLine(expandMacros(body, macros, rule.id));
  try {
    new RegExp(source);
  } catch (error) {
    throw new Error(`lexicon rule '${rule.id}' has an invalid pattern: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // a clause-start rule is one sticky expression: its alternatives share the anchor
  return readPattern(source, !atClauseStart).map((part) => ({
    id: rule.id,
    re: new RegExp(part.source, atClauseStart ? 'my' : 'gm'),
    scope: rule.scope ?? 'clause',
    gate: part.clauses,
    lineBound: !part.readsLineFeed,
    readsWideApart: part.readsWideApart,
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

// the clause-start expression less its empty alternatives (`^`): at a sentence start, where `^` wins, "Then send
// me…" begins a clause at "Then" and again at "send"
const nonEmptyFinders = new WeakMap<RegExp, RegExp>();

function nonEmptyFinder(finder: RegExp): RegExp {
  let re = nonEmptyFinders.get(finder);
  if (!re) {
    re = new RegExp(`(?:${finder.source})(?<!^)`, 'gm');
    nonEmptyFinders.set(finder, re);
  }
  return re;
}

/** where clauses start: the ends of the clause-start expression's matches and of its non-empty matches, in order */
function clauseStartsOf(doc: RuleDocument, finder: RegExp): number[] {
  doc.clauseStarts ??= new Map();
  const cached = doc.clauseStarts.get(finder.source);
  if (cached) return cached;
  const found = new Set<number>();
  for (const re of [finder, nonEmptyFinder(finder)]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
      const at = m.index + m[0].length;
      if (doc.text[at] !== undefined && doc.text[at] !== '\n') found.add(at);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  const starts = [...found].sort((a, b) => a - b);
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

/**
 * The gate literals of all rules of a language in one Aho-Corasick automaton, so that one pass over a document
 * tells which rules can match it, and in which sentences: a rule runs only where every one of its literal sets
 * has a literal, and a rule that stays on one line only over the sentences where they all meet.
 */
export class GateIndex {
  private readonly literalIds = new Map<string, number>();
  /** the clauses (a rule's literal set, numbered across the language) that each literal meets */
  private readonly clausesOfLiteral: number[][] = [];
  /** each rule's clauses, by slot */
  private readonly clausesOfRule: number[][] = [];
  /** the slot of each clause's rule */
  private readonly ruleOfClause: number[] = [];
  private readonly ungated: number[] = [];
  private readonly lineBound: boolean[] = [];
  private automaton: AhoCorasick | null = null;
  // scratch of one scan: the sentence bits where each clause has a literal, and the clauses met
  private met = new Int32Array(0);
  private readonly touched: number[] = [];

  constructor(readonly clauseFinder: RegExp) {}

  register(rule: CompiledRule): void {
    rule.slot = this.clausesOfRule.length;
    const clauses: number[] = [];
    for (const literals of rule.gate) {
      const clause = this.ruleOfClause.length;
      this.ruleOfClause.push(rule.slot);
      clauses.push(clause);
      for (const literal of literals) {
        let id = this.literalIds.get(literal);
        if (id === undefined) {
          id = this.clausesOfLiteral.length;
          this.literalIds.set(literal, id);
          this.clausesOfLiteral.push([]);
        }
        const list = this.clausesOfLiteral[id] as number[];
        if (list[list.length - 1] !== clause) list.push(clause);
      }
    }
    if (clauses.length === 0) this.ungated.push(rule.slot);
    this.clausesOfRule.push(clauses);
    this.lineBound.push(rule.lineBound);
    this.automaton = null;
  }

  /** builds the automaton once every rule is registered (else the first scan does) */
  build(): AhoCorasick {
    if (!this.automaton) {
      this.automaton = new AhoCorasick([...this.literalIds.keys()]);
      this.met = new Int32Array(this.ruleOfClause.length);
    }
    return this.automaton;
  }

  scan(doc: RuleDocument): Runnable {
    const automaton = this.build();
    const { met, touched, clausesOfRule, ruleOfClause } = this;
    for (const hit of automaton.matchInText(doc.text)) {
      const bit = sentenceBit(sentenceAt(doc, hit.begin));
      for (const clause of this.clausesOfLiteral[this.literalIds.get(hit.keyword) as number] as number[]) {
        const bits = met[clause] as number;
        if (bits === 0) touched.push(clause);
        met[clause] = bits | bit;
      }
    }
    const sentences = new Int32Array(clausesOfRule.length);
    for (const slot of this.ungated) sentences[slot] = ALL_SENTENCES;
    // only the rules with a clause met can have them all met
    for (const clause of touched) {
      const slot = ruleOfClause[clause] as number;
      let bits = ALL_SENTENCES;
      let allMet = true;
      for (const c of clausesOfRule[slot] as number[]) {
        const inSentences = met[c] as number;
        if (inSentences === 0) allMet = false;
        bits &= inSentences;
      }
      sentences[slot] = !allMet ? 0 : this.lineBound[slot] ? bits : ALL_SENTENCES;
    }
    for (const clause of touched) met[clause] = 0;
    touched.length = 0;
    return { clauseFinder: this.clauseFinder, sentences };
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

function mayMatchIn(sentences: number, sentence: number): boolean {
  return (sentences & sentenceBit(sentence)) !== 0;
}

// anything above U+00FF
const WIDE = /[\u0100-\uffff]/;
// white space above U+00FF, which a rule may name in a class; normalised text has none, but a run with one is never
// read through the stand-in
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const STAND_IN = WIDE_STAND_IN.charCodeAt(0);

/**
 * The text of a run of sentences, as the rules read it. V8 compiles an expression apart for strings of two bytes a
 * character ("wide"), and a slice of a wide document stays wide: so a run without wide characters is copied narrow,
 * and a run with some also has a narrow copy with each of them replaced by `WIDE_STAND_IN`, for the rules that
 * cannot tell them apart. Rules then need wide code only where they name wide characters.
 */
interface Run {
  text: string;
  /** the narrow copy with stand-ins, or null when `text` is already narrow (or holds wide white space) */
  standIn: string | null;
}

/** the same characters as a string of one byte each; those above U+00FF become the stand-in */
function narrowCopy(text: string): string {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units.push(unit > 0xff ? STAND_IN : unit);
    if (units.length === 4096 || i === text.length - 1) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out;
}

/** the run of the document from offset `start` to `end` */
function runOf(doc: RuleDocument, start: number, end: number): Run {
  doc.runs ??= new Map();
  const key = start * (doc.text.length + 1) + end;
  let run = doc.runs.get(key);
  if (run === undefined) {
    const text = start === 0 && end === doc.text.length ? doc.text : doc.text.slice(start, end);
    doc.wide ??= WIDE.test(doc.text);
    if (!doc.wide) run = { text, standIn: null };
    else if (!WIDE.test(text)) run = { text: narrowCopy(text), standIn: null };
    else run = { text, standIn: WIDE_SPACE.test(text) ? null : narrowCopy(text) };
    doc.runs.set(key, run);
  }
  return run;
}

function textFor(rule: CompiledRule, run: Run): string {
  return run.standIn !== null && !rule.readsWideApart ? run.standIn : run.text;
}

/** the matches of a rule in `text`, which begins at offset `offset` of the document, in order */
function matchIn(
  rule: CompiledRule,
  doc: RuleDocument,
  text: string,
  offset: number,
  out: RuleMatch[],
): void {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
    if (m[0].length === 0) {
      rule.re.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    out.push({ rule, start, end: start + m[0].length, sentence: sentenceAt(doc, start) });
  }
}

function matchRules(rules: readonly CompiledRule[], doc: RuleDocument, runnable: Runnable): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    const sentences = runnable.sentences[rule.slot] as number;
    if (sentences === 0) continue;
    if (rule.atClauseStart) {
      const text = textFor(rule, runOf(doc, 0, doc.text.length));
      for (const at of clauseStartsOf(doc, runnable.clauseFinder)) {
        const sentence = sentenceAt(doc, at);
        if (!mayMatchIn(sentences, sentence)) continue;
        rule.re.lastIndex = at;
        const m = rule.re.exec(text);
        if (m && m[0].length > 0) out.push({ rule, start: at, end: at + m[0].length, sentence });
      }
      continue;
    }
    if (sentences === ALL_SENTENCES) {
      matchIn(rule, doc, textFor(rule, runOf(doc, 0, doc.text.length)), 0, out);
      continue;
    }
    // a rule that stays on one line (nothing in it reads a line feed, lookarounds included) matches in a run of
    // sentences as it does in the whole document: it reads only the runs where its literals meet
    const all = doc.sentences;
    for (let first = 0; first < all.length; first++) {
      if (!mayMatchIn(sentences, first)) continue;
      let last = first;
      while (last + 1 < all.length && mayMatchIn(sentences, last + 1)) last++;
      const start = (all[first] as Sentence).start;
      matchIn(rule, doc, textFor(rule, runOf(doc, start, (all[last] as Sentence).end)), start, out);
      first = last;
    }
  }
  return out;
}

/** the matches of a lexicon's cues in a reply, less those a guard cancels */
export function findCues(lexicon: CompiledLexicon, doc: RuleDocument, runnable: Runnable): RuleMatch[] {
  return readCues(lexicon, doc, runnable).found;
}

/** the cues of a lexicon that match in a reply, and those a guard cancelled ("we will never ask for your code") */
export function readCues(
  lexicon: CompiledLexicon,
  doc: RuleDocument,
  runnable: Runnable,
): { found: RuleMatch[]; cancelled: RuleMatch[] } {
  const cues = matchRules(lexicon.cues, doc, runnable);
  if (cues.length === 0 || lexicon.guards.length === 0) return { found: cues, cancelled: [] };
  const guards = matchRules(lexicon.guards, doc, runnable);
  if (guards.length === 0) return { found: cues, cancelled: [] };
  const found: RuleMatch[] = [];
  const cancelled: RuleMatch[] = [];
  for (const cue of cues) (guards.some((g) => cancels(g, cue, doc)) ? cancelled : found).push(cue);
  return { found, cancelled };
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
