import { describe, expect, it } from 'vitest';
import { compileLexicon, confineToLine, expandMacros, toRuleDocument } from './compile-lexicon.ts';
import type { LexiconSignal } from './lexicon/lexicon-types.ts';
import { getLexicons, LEXICON_SOURCES } from './lexicons.ts';
import { normalizeText } from './normalize.ts';
import { splitSentences } from './segment.ts';
import { loadCorpus } from './test-support/corpus.ts';
import { FORBIDDEN_CATEGORIES, LANGS } from './types.ts';

const SIGNALS: readonly LexiconSignal[] = [
  'empathy',
  'apology',
  'question',
  'rhetorical',
  'restatement',
  'solution',
  'timeline',
  'followup',
  ...FORBIDDEN_CATEGORIES,
  'anger',
  'anxiety',
];

describe('lexicons', () => {
  it.each(LANGS)('%s has one lexicon file for every signal', (lang) => {
    const signals = LEXICON_SOURCES[lang].lexicons.map((l) => l.signal);
    expect([...signals].sort()).toEqual([...SIGNALS].sort());
  });

  it.each(LANGS)('%s rule ids are unique and name their language and signal', (lang) => {
    const ids = new Set<string>();
    for (const lexicon of LEXICON_SOURCES[lang].lexicons) {
      for (const rule of [...lexicon.cues, ...(lexicon.guards ?? []), ...(lexicon.hints ?? [])]) {
        expect(rule.id.startsWith(`${lang}.${lexicon.signal}.`), rule.id).toBe(true);
        expect(ids.has(rule.id), `duplicate ${rule.id}`).toBe(false);
        ids.add(rule.id);
      }
    }
  });

  it.each(LANGS)('%s compiles, and every forbidden category suggests a phrasing in its language', (lang) => {
    expect(() => getLexicons(lang)).not.toThrow();
    for (const category of FORBIDDEN_CATEGORIES) {
      const suggestion = getLexicons(lang).forbidden[category].source.suggestion ?? '';
      expect(suggestion, `${lang} ${category}`).toMatch(
        lang === 'zh' ? /[\u4e00-\u9fff]/ : /^[^\u4e00-\u9fff]+$/,
      );
    }
  });

  it('question cues and hints all carry a level', () => {
    for (const lang of LANGS) {
      const question = LEXICON_SOURCES[lang].lexicons.find((l) => l.signal === 'question');
      for (const rule of [...(question?.cues ?? []), ...(question?.hints ?? [])])
        expect(rule.level, rule.id).toBeDefined();
    }
  });

  it.each(LANGS)('%s has no rule that matches the empty string', (lang) => {
    const lex = getLexicons(lang);
    const rules = [
      ...Object.values(lex.signals),
      ...Object.values(lex.forbidden),
      lex.rhetorical,
      lex.anger,
      lex.anxiety,
    ].flatMap((l) => [...l.cues, ...l.guards, ...l.hints]);
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      expect(rule.re.test(''), rule.id).toBe(false);
    }
  });

  it('rejects an unknown macro with the rule that used it', () => {
    expect(() => expandMacros('{NOPE} x', {}, 'en.test.rule')).toThrow(
      "unknown macro {NOPE} in lexicon rule 'en.test.rule'",
    );
  });

  it('rejects a clause-start rule that repeats {START} in a later alternative, which could only match at a line start', () => {
    const lexicon = (pattern: string) => ({
      lang: 'en' as const,
      signal: 'question' as const,
      description: 'test',
      cues: [{ id: 'en.test.rule', pattern }],
    });
    const macros = { START: String.raw`^|,\s*` };
    expect(() => compileLexicon(lexicon('{START}would it|would that'), macros)).not.toThrow();
    expect(() => compileLexicon(lexicon('{START}would it|{START}would that'), macros)).toThrow(
      "lexicon rule 'en.test.rule' opens with {START}, so its later alternatives must not repeat it",
    );
  });

  it('keeps every rule inside one sentence', () => {
    expect(confineToLine(String.raw`a[^.!?]{0,5}\s+b[\s-]`)).toBe(
      String.raw`a[^\n.!?]{0,5}[^\S\n]+b[ \t\u3000-]`,
    );
  });

  // the literal gate must never hide a real match: check every match of every rule on the fixtures
  it.each(LANGS)(
    '%s gates never skip a rule where it matches',
    (lang) => {
      const lex = getLexicons(lang);
      const rules = [...Object.values(lex.signals), ...Object.values(lex.forbidden), lex.rhetorical].flatMap(
        (l) => [...l.cues, ...l.guards, ...l.hints],
      );
      const corpora = ['corpus-en.jsonl', 'corpus-zh.jsonl', 'holdout.jsonl', 'blind.jsonl'];
      let checked = 0;
      for (const entry of corpora.flatMap((c) => loadCorpus(c))) {
        const text = normalizeText(entry.text).text;
        const sentences = splitSentences(text);
        const doc = toRuleDocument(text, sentences);
        const runnable = lex.gates.scan(doc);
        for (const rule of rules) {
          // every match anywhere in the document, not only where the analyzer tries the rule
          const everywhere = new RegExp(rule.re.source, 'gm');
          for (const m of doc.text.matchAll(everywhere)) {
            if (m[0].length === 0) continue;
            checked++;
            let sentence = 0;
            while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.start ?? Infinity) <= m.index) sentence++;
            const bit = 1 << Math.min(sentence, 30);
            expect((runnable.sentences[rule.slot] as number) & bit, `${rule.id} on ${entry.id} at ${m.index}`).not.toBe(0);
          }
        }
      }
      expect(checked).toBeGreaterThan(300);
    },
    60_000,
  ); // runs every rule over every fixture reply; slow on a busy machine, not a timing check
});
