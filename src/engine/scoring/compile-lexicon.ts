import type { LexiconRule, MacroTable, SignalLexicon } from './lexicon/lexicon-types.ts';
import type { Sentence } from './segment.ts';
import { clauseAt } from './segment.ts';
import type { QuestionLevel } from './types.ts';

export interface CompiledRule {
  id: string;
  re: RegExp;
  level?: QuestionLevel;
  suggestion?: string;
  scope: 'match' | 'clause' | 'sentence';
}

export interface CompiledLexicon {
  source: SignalLexicon;
  cues: CompiledRule[];
  guards: CompiledRule[];
  hints: CompiledRule[];
  /** one test for "could any cue match", to skip the lexicon cheaply */
  any: RegExp;
}

/** a match inside a sentence, in offsets of the normalised text */
export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
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

function compileRule(rule: LexiconRule, macros: MacroTable): CompiledRule {
  const source = expandMacros(rule.pattern, macros, rule.id);
  let re: RegExp;
  try {
    re = new RegExp(source, 'g');
  } catch (error) {
    throw new Error(`lexicon rule '${rule.id}' has an invalid pattern: ${(error as Error).message}`, { cause: error });
  }
  if (re.test('')) throw new Error(`lexicon rule '${rule.id}' matches the empty string`);
  return {
    id: rule.id,
    re,
    scope: rule.scope ?? 'clause',
    ...(rule.level ? { level: rule.level } : {}),
    ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
  };
}

export function compileLexicon(lexicon: SignalLexicon, macros: MacroTable): CompiledLexicon {
  const cues = lexicon.cues.map((r) => compileRule(r, macros));
  const guards = (lexicon.guards ?? []).map((r) => compileRule(r, macros));
  const hints = (lexicon.hints ?? []).map((r) => compileRule(r, macros));
  const any = new RegExp(cues.map((c) => `(?:${c.re.source})`).join('|') || '(?!)');
  return { source: lexicon, cues, guards, hints, any };
}

function matchRules(rules: readonly CompiledRule[], sentence: Sentence): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence.text); m !== null; m = rule.re.exec(sentence.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      out.push({ rule, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  return out;
}

/** the matches of a lexicon's cues in one sentence, less those a guard cancels */
export function findCues(lexicon: CompiledLexicon, sentence: Sentence): RuleMatch[] {
  if (!lexicon.any.test(sentence.text)) return [];
  const cues = matchRules(lexicon.cues, sentence);
  if (cues.length === 0 || lexicon.guards.length === 0) return cues;
  const guards = matchRules(lexicon.guards, sentence);
  if (guards.length === 0) return cues;
  return cues.filter((cue) => !guards.some((g) => cancels(g, cue, sentence)));
}

function cancels(guard: RuleMatch, cue: RuleMatch, sentence: Sentence): boolean {
  if (guard.rule.scope === 'sentence') return true;
  if (guard.start < cue.end && cue.start < guard.end) return true;
  if (guard.rule.scope === 'match') return false;
  return clauseAt(sentence, guard.start - sentence.start) === clauseAt(sentence, cue.start - sentence.start);
}

/** the hints of a lexicon that match in one sentence */
export function findHints(lexicon: CompiledLexicon, sentence: Sentence): RuleMatch[] {
  return matchRules(lexicon.hints, sentence);
}
