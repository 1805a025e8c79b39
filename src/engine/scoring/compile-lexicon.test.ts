import { describe, expect, it } from 'vitest';
import type { CompiledLexicon, CompiledRule, RuleDocument } from './compile-lexicon.ts';
import { findCues, toRuleDocument } from './compile-lexicon.ts';
import { getLexicons } from './lexicons.ts';
import { normalizeText } from './normalize.ts';
import { splitSentences } from './segment.ts';
import { loadCorpus } from './test-support/corpus.ts';
import { LANGS } from './types.ts';

/** every match of every rule, read the plain way: each rule over the whole document, or at each clause start */
function everyMatch(rules: readonly CompiledRule[], doc: RuleDocument, clauseFinder: RegExp): string[] {
  // a clause starts where the clause-start expression ends, or where it ends without its empty alternatives
  const ends = new Set<number>();
  for (const finder of [
    new RegExp(clauseFinder.source, 'gm'),
    new RegExp(`(?:${clauseFinder.source})(?<!^)`, 'gm'),
  ]) {
    for (const m of doc.text.matchAll(finder)) {
      const at = m.index + m[0].length;
      if (doc.text[at] !== undefined && doc.text[at] !== '\n') ends.add(at);
    }
  }
  const starts = [...ends].sort((a, b) => a - b);
  const sentenceOf = (at: number) => doc.sentences.findLastIndex((s) => s.start <= at);
  const found: string[] = [];
  for (const rule of rules) {
    const re = new RegExp(rule.re.source, rule.atClauseStart ? 'my' : 'gm');
    const shown = (at: number, length: number) =>
      `${rule.id} ${at}-${at + length} in ${Math.max(0, sentenceOf(at))}`;
    if (rule.atClauseStart) {
      for (const at of starts) {
        re.lastIndex = at;
        const m = re.exec(doc.text);
        if (m && m[0].length > 0) found.push(shown(at, m[0].length));
      }
    } else {
      for (const m of doc.text.matchAll(re)) if (m[0].length > 0) found.push(shown(m.index, m[0].length));
    }
  }
  return found;
}

describe('gated rule matching', () => {
  // the gates and the texts a rule reads (runs of sentences, narrow copies) change where a rule runs, never what it
  // finds: compare with every rule run over the whole document
  it.each(LANGS)(
    '%s finds what running every rule everywhere finds',
    (lang) => {
      const lex = getLexicons(lang);
      const every: CompiledLexicon = {
        source: lex.anger.source,
        cues: [
          ...Object.values(lex.signals),
          ...Object.values(lex.forbidden),
          lex.rhetorical,
          lex.anger,
          lex.anxiety,
        ].flatMap((l) => [...l.cues, ...l.guards, ...l.hints]),
        guards: [],
        hints: [],
      };
      const corpora = ['corpus-en.jsonl', 'corpus-zh.jsonl', 'holdout.jsonl', 'blind2.jsonl'];
      let found = 0;
      let wide = 0;
      for (const entry of corpora.flatMap((c) => loadCorpus(c))) {
        // the corpus replies, and each with an emoji in the middle: a wide document
        for (const reply of [entry.text, entry.text.replace(/[,，]/, ', 🙏 ')]) {
          const text = normalizeText(reply).text;
          const doc = toRuleDocument(text, splitSentences(text));
          const expected = everyMatch(every.cues, doc, lex.gates.clauseFinder);
          found += expected.length;
          if (/[\u0100-\uffff]/.test(text)) wide++;
          const gated = findCues(every, doc, lex.gates.scan(doc)).map(
            (m) => `${m.rule.id} ${m.start}-${m.end} in ${m.sentence}`,
          );
          expect(gated, entry.id).toEqual(expected);
        }
      }
      expect(found).toBeGreaterThan(1000);
      expect(wide).toBeGreaterThan(500);
    },
    120_000,
  ); // runs every rule over every fixture reply twice; slow on a busy machine, not a timing check
});
