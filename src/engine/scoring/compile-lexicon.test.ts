import { describe, expect, it } from 'vitest';
import type { CompiledLexicon, Runnable } from './compile-lexicon.ts';
import { findCues, toRuleDocument } from './compile-lexicon.ts';
import { getLexicons } from './lexicons.ts';
import { normalizeText } from './normalize.ts';
import { splitSentences } from './segment.ts';
import { loadCorpus } from './test-support/corpus.ts';
import { LANGS } from './types.ts';

describe('gated rule matching', () => {
  // the gates decide where a rule runs, never what it finds: compare with every rule run over every sentence
  it.each(LANGS)(
    '%s finds what running every rule everywhere finds',
    (lang) => {
      const lex = getLexicons(lang);
      const every: CompiledLexicon = {
        source: lex.anger.source,
        cues: [...Object.values(lex.signals), ...Object.values(lex.forbidden), lex.rhetorical, lex.anger, lex.anxiety].flatMap(
          (l) => [...l.cues, ...l.guards, ...l.hints],
        ),
        guards: [],
        hints: [],
      };
      const ungated: Runnable = { clauseFinder: lex.gates.clauseFinder, sentences: new Int32Array(every.cues.length).fill(-1) };
      const corpora = ['corpus-en.jsonl', 'corpus-zh.jsonl', 'holdout.jsonl', 'blind2.jsonl'];
      let found = 0;
      for (const entry of corpora.flatMap((c) => loadCorpus(c))) {
        const text = normalizeText(entry.text).text;
        const doc = toRuleDocument(text, splitSentences(text));
        const shown = (runnable: Runnable) =>
          findCues(every, doc, runnable).map((m) => `${m.rule.id} ${m.start}-${m.end} in ${m.sentence}`);
        const expected = shown(ungated);
        found += expected.length;
        expect(shown(lex.gates.scan(doc)), entry.id).toEqual(expected);
      }
      expect(found).toBeGreaterThan(1000);
    },
    60_000,
  ); // runs every rule over every fixture reply twice; slow on a busy machine, not a timing check
});
