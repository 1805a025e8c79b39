import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, LABELS, loadCorpus, type CorpusEntry } from './test-support/corpus.ts';

// the development corpus: replies written and labelled by the scoring definitions in DESIGN.md
const dev: CorpusEntry[] = [...loadCorpus('corpus-en.jsonl'), ...loadCorpus('corpus-zh.jsonl')];
// written later by other hands to measure generalisation; all were studied since, so they now guard regressions
const holdout = loadCorpus('holdout.jsonl');
const blind = loadCorpus('blind.jsonl');
const blind2 = loadCorpus('blind2.jsonl');
const blind3 = loadCorpus('blind3.jsonl');
const blind4 = loadCorpus('blind4.jsonl');
const blind5 = loadCorpus('blind5.jsonl');
// written on 2026-11-23 without sight of the rules, each scored once unseen (see the README), then studied; they
// are still below the product floor, so they guard against losing ground: the floors are what each scored after
// study, less a little
const blind6 = loadCorpus('blind6.jsonl');
const blind7 = loadCorpus('blind7.jsonl');
const blind8 = loadCorpus('blind8.jsonl');
// written later the same day, again without sight of the rules. blind9 and hard (forbidden-heavy) were scored once
// and then studied; blind10 and blind11 (customer service) and blind13 (counselling and drama dialogue) were scored
// only after that study, unseen: the honest estimate in the README. blind12 (counselling and drama) was scored once
// and not studied. All are kept where they stand, less a little.
const blind9 = loadCorpus('blind9.jsonl');
const hard = loadCorpus('hard.jsonl');
const blind10 = loadCorpus('blind10.jsonl');
const blind11 = loadCorpus('blind11.jsonl');
const blind12 = loadCorpus('blind12.jsonl');
const blind13 = loadCorpus('blind13.jsonl');
// written on 2026-11-23 (a later session) without sight of the rules or the model, and scored once unseen with the
// rules and the learned model (the README's table) before they joined the corpora; short video and live streaming
// first (blind16), e-commerce and payments with curt agents (blind17)
const blind16 = loadCorpus('blind16.jsonl');
const blind17 = loadCorpus('blind17.jsonl');
// written later the same session, again from the design document alone, and scored once unseen at its end (the
// README's second table): platform support mixing good moves with bad (blind18), after-sales in chat style (blind19)
const blind18 = loadCorpus('blind18.jsonl');
const blind19 = loadCorpus('blind19.jsonl');
// and a third pair, scored once unseen after the last rule fixes of that session (the README's third table)
const blind20 = loadCorpus('blind20.jsonl');
const blind21 = loadCorpus('blind21.jsonl');
// and a fourth, scored once unseen with everything as shipped at the end of that session (the README's fourth table)
const blind22 = loadCorpus('blind22.jsonl');
const blind23 = loadCorpus('blind23.jsonl');
// written in a third session, from the design document alone, and scored once unseen before they joined (the
// README's fifth table): platform support (blind24), banks, telecoms, travel and tipping (blind25), and counselling
// and TV-drama dialogue (blind26), where the labels of a quarrel are the least clear-cut
const blind24 = loadCorpus('blind24.jsonl');
const blind25 = loadCorpus('blind25.jsonl');
const blind26 = loadCorpus('blind26.jsonl');
// two more sets of counselling and drama dialogue from the same session (blind27, blind28), each scored once unseen
// after the rules had learned from the one before it
const blind27 = loadCorpus('blind27.jsonl');
const blind28 = loadCorpus('blind28.jsonl');
// and a last pair of that session, scored once unseen with the rules as they then stood (the README's sixth table):
// customer service across platforms (blind29), counselling and drama (blind30)
const blind29 = loadCorpus('blind29.jsonl');
const blind30 = loadCorpus('blind30.jsonl');
// and another such pair, scored once unseen near that session's end (the README's seventh table)
const blind31 = loadCorpus('blind31.jsonl');
const blind32 = loadCorpus('blind32.jsonl');
// and the session's last pair, scored once unseen at its end (the README's last table)
const blind33 = loadCorpus('blind33.jsonl');
const blind34 = loadCorpus('blind34.jsonl');
const blind35 = loadCorpus('blind35.jsonl');
const blind36 = loadCorpus('blind36.jsonl');
const blind37 = loadCorpus('blind37.jsonl');
const blind38 = loadCorpus('blind38.jsonl');
const blind39 = loadCorpus('blind39.jsonl');
const blind40 = loadCorpus('blind40.jsonl');
// the fifth session's sets: game store, marketplace, phone-call transcripts, counselling and drama
const blind41 = loadCorpus('blind41.jsonl');
const blind42 = loadCorpus('blind42.jsonl');
const blind43 = loadCorpus('blind43.jsonl');
const blind44 = loadCorpus('blind44.jsonl');
const blind45 = loadCorpus('blind45.jsonl');
const blind46 = loadCorpus('blind46.jsonl');
const blind47 = loadCorpus('blind47.jsonl');
const blind48 = loadCorpus('blind48.jsonl');
const blind49 = loadCorpus('blind49.jsonl');
const blind50 = loadCorpus('blind50.jsonl');
const blind51 = loadCorpus('blind51.jsonl');
const blind52 = loadCorpus('blind52.jsonl');
const blind53 = loadCorpus('blind53.jsonl');
const blind54 = loadCorpus('blind54.jsonl');
const blind55 = loadCorpus('blind55.jsonl');
const blind56 = loadCorpus('blind56.jsonl');
const blind57 = loadCorpus('blind57.jsonl');
const blind58 = loadCorpus('blind58.jsonl');
const blind59 = loadCorpus('blind59.jsonl');
const blind60 = loadCorpus('blind60.jsonl');
const blind61 = loadCorpus('blind61.jsonl');
const blind62 = loadCorpus('blind62.jsonl');
const blind63 = loadCorpus('blind63.jsonl');
const blind64 = loadCorpus('blind64.jsonl');
const blind65 = loadCorpus('blind65.jsonl');
const blind66 = loadCorpus('blind66.jsonl');
const blind67 = loadCorpus('blind67.jsonl');
const blind68 = loadCorpus('blind68.jsonl');
const blind69 = loadCorpus('blind69.jsonl');
const blind70 = loadCorpus('blind70.jsonl');
const blind71 = loadCorpus('blind71.jsonl');
// written to teach the learned model (train.jsonl): labelled as carefully, but no floor of its own
const train = loadCorpus('train.jsonl');

const VOCABULARY = new Set([
  'empathy',
  'apology',
  'question:open',
  'question:focused',
  'question:closed',
  'restatement',
  'solution',
  'timeline',
  'followup',
  'forbidden:absolute',
  'forbidden:blame',
  'forbidden:dismissive',
  'forbidden:privacy',
  'forbidden:impatient',
]);

// scoring a corpus of a thousand replies takes seconds on a busy two-core machine
describe('labelled corpora', { timeout: 60_000 }, () => {
  it.each([
    ['dev', dev],
    ['holdout', holdout],
    ['blind', blind],
    ['blind2', blind2],
    ['blind3', blind3],
    ['blind4', blind4],
    ['blind5', blind5],
    ['blind6', blind6],
    ['blind7', blind7],
    ['blind8', blind8],
    ['blind9', blind9],
    ['hard', hard],
    ['blind10', blind10],
    ['blind11', blind11],
    ['blind12', blind12],
    ['blind13', blind13],
    ['blind16', blind16],
    ['blind17', blind17],
    ['blind18', blind18],
    ['blind19', blind19],
    ['blind20', blind20],
    ['blind21', blind21],
    ['blind22', blind22],
    ['blind23', blind23],
    ['blind24', blind24],
    ['blind25', blind25],
    ['blind26', blind26],
    ['blind27', blind27],
    ['blind28', blind28],
    ['blind29', blind29],
    ['blind30', blind30],
    ['blind31', blind31],
    ['blind32', blind32],
    ['blind33', blind33],
    ['blind34', blind34],
    ['blind35', blind35],
    ['blind36', blind36],
    ['blind37', blind37],
    ['blind38', blind38],
    ['blind39', blind39],
    ['blind40', blind40],
    ['blind41', blind41],
    ['blind42', blind42],
    ['blind43', blind43],
    ['blind44', blind44],
    ['blind45', blind45],
    ['blind46', blind46],
    ['blind47', blind47],
    ['blind48', blind48],
    ['blind49', blind49],
    ['blind50', blind50],
    ['blind51', blind51],
    ['blind52', blind52],
    ['blind53', blind53],
    ['blind54', blind54],
    ['blind55', blind55],
    ['blind56', blind56],
    ['blind57', blind57],
    ['blind58', blind58],
    ['blind59', blind59],
    ['blind60', blind60],
    ['blind61', blind61],
    ['blind62', blind62],
    ['blind63', blind63],
    ['blind64', blind64],
    ['blind65', blind65],
    ['blind66', blind66],
    ['blind67', blind67],
    ['blind68', blind68],
    ['blind69', blind69],
    ['blind70', blind70],
    ['blind71', blind71],
    ['train', train],
  ] as const)('%s fixtures are well formed', (_name, entries) => {
    const ids = new Set<string>();
    for (const e of entries) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      for (const l of e.labels) expect(VOCABULARY.has(l), `${e.id} ${l}`).toBe(true);
      if (e.labels.includes('apology')) expect(e.labels, e.id).toContain('empathy');
      if (e.labels.includes('forbidden:privacy'))
        expect(
          e.labels.some((l) => l.startsWith('question:')),
          e.id,
        ).toBe(true);
      expect(e.labels.filter((l) => l.startsWith('question:')).length, e.id).toBeLessThanOrEqual(1);
    }
  });

  it('the development corpus covers en, zh-CN and zh-TW, every label, and hard negatives', () => {
    expect(dev.length).toBeGreaterThanOrEqual(400);
    expect(dev.filter((e) => e.lang === 'en').length).toBeGreaterThanOrEqual(150);
    expect(dev.filter((e) => e.variant === 'zh-TW').length).toBeGreaterThanOrEqual(80);
    for (const label of VOCABULARY)
      expect(dev.filter((e) => e.labels.includes(label)).length, label).toBeGreaterThanOrEqual(15);
    expect(dev.filter((e) => e.note).length).toBeGreaterThanOrEqual(100);
  });

  it('scores every label of the development corpus with precision and recall of at least 0.9', () => {
    const result = evaluate(dev);
    const report = formatEvaluation('development corpus', result);
    for (const label of LABELS) {
      const score = result.scores.find((s) => s.label === label)!;
      expect(score.precision, `${label} precision\n${report}`).toBeGreaterThanOrEqual(0.9);
      expect(score.recall, `${label} recall\n${report}`).toBeGreaterThanOrEqual(0.9);
    }
    expect(result.safeFlagged / result.safeTotal, report).toBeLessThanOrEqual(0.02);
  });

  it.each([
    ['holdout', holdout],
    ['blind', blind],
    ['blind2', blind2],
    ['blind3', blind3],
    ['blind4', blind4],
    ['blind5', blind5],
  ] as const)('keeps the %s set above the product floor', (_name, entries) => {
    const result = evaluate(entries);
    const report = formatEvaluation(_name, result);
    const f1 = (label: string) => result.scores.find((s) => s.label === label)!.f1;
    expect(f1('question'), report).toBeGreaterThanOrEqual(0.94);
    expect(f1('empathy'), report).toBeGreaterThanOrEqual(0.9);
    expect(result.forbiddenMicro.f1, report).toBeGreaterThanOrEqual(0.85);
    expect(result.safeFlagged / result.safeTotal, report).toBeLessThanOrEqual(0.025);
  });

  it.each([
    ['blind6', blind6, { forbidden: 0.77, question: 0.93, empathy: 0.9, safeFlagged: 0.01 }],
    ['blind7', blind7, { forbidden: 0.83, question: 0.9, empathy: 0.9, safeFlagged: 0.04 }],
    ['blind8', blind8, { forbidden: 0.86, question: 0.95, empathy: 0.9, safeFlagged: 0.025 }],
    ['blind9', blind9, { forbidden: 0.92, question: 0.98, empathy: 0.97, safeFlagged: 0.035 }],
    ['hard', hard, { forbidden: 0.88, question: 0.97, empathy: 0.97, safeFlagged: 0.02 }],
    ['blind10', blind10, { forbidden: 0.83, question: 0.94, empathy: 0.97, safeFlagged: 0.02 }],
    ['blind11', blind11, { forbidden: 0.79, question: 0.96, empathy: 0.93, safeFlagged: 0.03 }],
    ['blind12', blind12, { forbidden: 0.66, question: 0.92, empathy: 0.77, safeFlagged: 0.055 }],
    ['blind13', blind13, { forbidden: 0.66, question: 0.89, empathy: 0.77, safeFlagged: 0.04 }],
    ['blind16', blind16, { forbidden: 0.85, question: 0.96, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind17', blind17, { forbidden: 0.83, question: 0.93, empathy: 0.97, safeFlagged: 0.03 }],
    ['blind18', blind18, { forbidden: 0.84, question: 0.94, empathy: 0.97, safeFlagged: 0.025 }],
    ['blind19', blind19, { forbidden: 0.84, question: 0.97, empathy: 0.95, safeFlagged: 0.03 }],
    ['blind20', blind20, { forbidden: 0.82, question: 0.96, empathy: 0.93, safeFlagged: 0.055 }],
    ['blind21', blind21, { forbidden: 0.87, question: 0.95, empathy: 0.97, safeFlagged: 0.02 }],
    ['blind22', blind22, { forbidden: 0.85, question: 0.97, empathy: 0.98, safeFlagged: 0.035 }],
    ['blind23', blind23, { forbidden: 0.89, question: 0.95, empathy: 0.93, safeFlagged: 0.015 }],
    ['blind24', blind24, { forbidden: 0.92, question: 0.97, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind25', blind25, { forbidden: 0.92, question: 0.97, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind26', blind26, { forbidden: 0.74, question: 0.9, empathy: 0.9, safeFlagged: 0.1 }],
    ['blind27', blind27, { forbidden: 0.81, question: 0.94, empathy: 0.9, safeFlagged: 0.025 }],
    ['blind28', blind28, { forbidden: 0.83, question: 0.93, empathy: 0.89, safeFlagged: 0.02 }],
    ['blind29', blind29, { forbidden: 0.92, question: 0.97, empathy: 0.95, safeFlagged: 0.01 }],
    ['blind30', blind30, { forbidden: 0.84, question: 0.92, empathy: 0.81, safeFlagged: 0.04 }],
    ['blind31', blind31, { forbidden: 0.86, question: 0.96, empathy: 0.95, safeFlagged: 0.015 }],
    ['blind32', blind32, { forbidden: 0.76, question: 0.89, empathy: 0.78, safeFlagged: 0.07 }],
    ['blind33', blind33, { forbidden: 0.89, question: 0.96, empathy: 0.96, safeFlagged: 0.015 }],
    ['blind34', blind34, { forbidden: 0.79, question: 0.93, empathy: 0.8, safeFlagged: 0.025 }],
    ['blind35', blind35, { forbidden: 0.91, question: 0.98, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind36', blind36, { forbidden: 0.95, question: 0.98, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind37', blind37, { forbidden: 0.81, question: 0.93, empathy: 0.79, safeFlagged: 0.015 }],
    ['blind38', blind38, { forbidden: 0.89, question: 0.97, empathy: 0.96, safeFlagged: 0.015 }],
    ['blind39', blind39, { forbidden: 0.88, question: 0.96, empathy: 0.96, safeFlagged: 0.01 }],
    ['blind40', blind40, { forbidden: 0.82, question: 0.96, empathy: 0.86, safeFlagged: 0.035 }],
    ['blind41', blind41, { forbidden: 0.86, question: 0.97, empathy: 0.95, safeFlagged: 0.01 }],
    ['blind42', blind42, { forbidden: 0.88, question: 0.97, empathy: 0.96, safeFlagged: 0.01 }],
    ['blind43', blind43, { forbidden: 0.94, question: 0.96, empathy: 0.92, safeFlagged: 0.01 }],
    ['blind44', blind44, { forbidden: 0.83, question: 0.95, empathy: 0.91, safeFlagged: 0.01 }],
    ['blind45', blind45, { forbidden: 0.88, question: 0.98, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind46', blind46, { forbidden: 0.89, question: 0.97, empathy: 0.94, safeFlagged: 0.01 }],
    ['blind47', blind47, { forbidden: 0.9, question: 0.96, empathy: 0.92, safeFlagged: 0.01 }],
    ['blind48', blind48, { forbidden: 0.73, question: 0.94, empathy: 0.85, safeFlagged: 0.02 }],
    ['blind49', blind49, { forbidden: 0.88, question: 0.97, empathy: 0.96, safeFlagged: 0.01 }],
    ['blind50', blind50, { forbidden: 0.92, question: 0.95, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind51', blind51, { forbidden: 0.89, question: 0.96, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind52', blind52, { forbidden: 0.75, question: 0.89, empathy: 0.82, safeFlagged: 0.01 }],
    ['blind53', blind53, { forbidden: 0.89, question: 0.98, empathy: 0.95, safeFlagged: 0.01 }],
    ['blind54', blind54, { forbidden: 0.89, question: 0.98, empathy: 0.94, safeFlagged: 0.01 }],
    ['blind55', blind55, { forbidden: 0.94, question: 0.99, empathy: 0.93, safeFlagged: 0.01 }],
    ['blind56', blind56, { forbidden: 0.9, question: 0.98, empathy: 0.89, safeFlagged: 0.01 }],
    ['blind57', blind57, { forbidden: 0.89, question: 0.98, empathy: 0.93, safeFlagged: 0.01 }],
    ['blind58', blind58, { forbidden: 0.9, question: 0.99, empathy: 0.96, safeFlagged: 0.01 }],
    ['blind59', blind59, { forbidden: 0.91, question: 0.98, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind60', blind60, { forbidden: 0.82, question: 0.98, empathy: 0.89, safeFlagged: 0.045 }],
    ['blind61', blind61, { forbidden: 0.88, question: 0.98, empathy: 0.95, safeFlagged: 0.02 }],
    ['blind62', blind62, { forbidden: 0.86, question: 0.97, empathy: 0.97, safeFlagged: 0.02 }],
    ['blind63', blind63, { forbidden: 0.81, question: 0.97, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind64', blind64, { forbidden: 0.81, question: 0.94, empathy: 0.84, safeFlagged: 0.06 }],
    ['blind65', blind65, { forbidden: 0.88, question: 0.98, empathy: 0.95, safeFlagged: 0.01 }],
    ['blind66', blind66, { forbidden: 0.92, question: 0.99, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind67', blind67, { forbidden: 0.91, question: 0.97, empathy: 0.98, safeFlagged: 0.01 }],
    ['blind68', blind68, { forbidden: 0.86, question: 0.97, empathy: 0.9, safeFlagged: 0.01 }],
    ['blind69', blind69, { forbidden: 0.88, question: 0.96, empathy: 0.96, safeFlagged: 0.01 }],
    ['blind70', blind70, { forbidden: 0.88, question: 0.97, empathy: 0.97, safeFlagged: 0.01 }],
    ['blind71', blind71, { forbidden: 0.87, question: 0.97, empathy: 0.98, safeFlagged: 0.01 }],
  ] as const)('keeps the %s set where it stood once studied', (name, entries, floor) => {
    const result = evaluate(entries);
    const report = formatEvaluation(name, result);
    const f1 = (label: string) => result.scores.find((s) => s.label === label)!.f1;
    expect(result.forbiddenMicro.f1, report).toBeGreaterThanOrEqual(floor.forbidden);
    expect(f1('question'), report).toBeGreaterThanOrEqual(floor.question);
    expect(f1('empathy'), report).toBeGreaterThanOrEqual(floor.empathy);
    expect(result.safeFlagged / result.safeTotal, report).toBeLessThanOrEqual(floor.safeFlagged);
  });
});
