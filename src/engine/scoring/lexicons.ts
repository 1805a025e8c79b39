import type { CompiledLexicon } from './compile-lexicon.ts';
import { compileClauseStarts, compileLexicon, GateIndex } from './compile-lexicon.ts';
import { EN_LEXICONS, EN_MACROS } from './lexicon/en/index.ts';
import type { LexiconSignal, MacroTable, SignalLexicon } from './lexicon/lexicon-types.ts';
import { ZH_LEXICONS, ZH_MACROS } from './lexicon/zh/index.ts';
import type { ForbiddenCategory, Lang } from './types.ts';

export interface LanguageLexicons {
  lang: Lang;
  signals: Record<'empathy' | 'apology' | 'question' | 'restatement' | 'solution' | 'timeline' | 'followup', CompiledLexicon>;
  forbidden: Record<ForbiddenCategory, CompiledLexicon>;
  rhetorical: CompiledLexicon;
  anger: CompiledLexicon;
  anxiety: CompiledLexicon;
  /** tells which of the language's rules can match a document */
  gates: GateIndex;
}

/** the lexicon files of each language, as a trainer wrote them */
export const LEXICON_SOURCES: Readonly<Record<Lang, { macros: MacroTable; lexicons: readonly SignalLexicon[] }>> = {
  en: { macros: EN_MACROS, lexicons: EN_LEXICONS },
  zh: { macros: ZH_MACROS, lexicons: ZH_LEXICONS },
};

const compiled = new Map<Lang, LanguageLexicons>();

function pick(lang: Lang, byName: Map<LexiconSignal, CompiledLexicon>, signal: LexiconSignal): CompiledLexicon {
  const lexicon = byName.get(signal);
  if (!lexicon) throw new Error(`the ${lang} lexicons have no file for '${signal}'`);
  return lexicon;
}

/** compiles a language's lexicons on first use and keeps them */
export function getLexicons(lang: Lang): LanguageLexicons {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const { macros, lexicons } = LEXICON_SOURCES[lang];
  const byName = new Map<LexiconSignal, CompiledLexicon>();
  const gates = new GateIndex(compileClauseStarts(macros));
  for (const lexicon of lexicons) {
    if (lexicon.lang !== lang) throw new Error(`lexicon '${lexicon.signal}' says lang ${lexicon.lang}, filed under ${lang}`);
    if (byName.has(lexicon.signal)) throw new Error(`two ${lang} lexicons for '${lexicon.signal}'`);
    const compiledLexicon = compileLexicon(lexicon, macros);
    for (const rule of [...compiledLexicon.cues, ...compiledLexicon.guards, ...compiledLexicon.hints]) gates.register(rule);
    byName.set(lexicon.signal, compiledLexicon);
  }
  gates.build();
  const get = (s: LexiconSignal) => pick(lang, byName, s);
  const result: LanguageLexicons = {
    lang,
    signals: {
      empathy: get('empathy'),
      apology: get('apology'),
      question: get('question'),
      restatement: get('restatement'),
      solution: get('solution'),
      timeline: get('timeline'),
      followup: get('followup'),
    },
    forbidden: {
      absolute: get('absolute'),
      blame: get('blame'),
      dismissive: get('dismissive'),
      privacy: get('privacy'),
      impatient: get('impatient'),
    },
    rhetorical: get('rhetorical'),
    anger: get('anger'),
    anxiety: get('anxiety'),
    gates,
  };
  compiled.set(lang, result);
  return result;
}

/**
 * Every expression of a language's rules. V8 compiles an expression the first time it runs, which costs about
 * 0.6 s over the English rules: running each once on a short text while the trainee is reading (see the app's
 * analyzer kit) keeps that cost off their first replies. Running them changes nothing the analyzer sees.
 */
export function lexiconExpressions(lang: Lang): RegExp[] {
  const lexicons = getLexicons(lang);
  return [
    ...Object.values(lexicons.signals),
    ...Object.values(lexicons.forbidden),
    lexicons.rhetorical,
    lexicons.anger,
    lexicons.anxiety,
  ].flatMap((l) => [...l.cues, ...l.guards, ...l.hints].map((rule) => rule.re));
}

