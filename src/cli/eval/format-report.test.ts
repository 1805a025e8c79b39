import { describe, expect, it } from 'vitest';
import { analysisFinding } from '../test-support/sample-analyses.ts';
import { displayWidth } from '../terminal-text.ts';
import { evaluateFile } from './eval-report.ts';
import { formatReport } from './format-report.ts';

const LONG = 'Sorry for the wait. Please tell me the verification code we just texted you so I can check';

const TEAM = evaluateFile('team.jsonl', {
  replies: [
    {
      line: 1,
      id: 'r1',
      entry: { id: 'r1', lang: 'en', text: 'Sorry! Which device?', labels: ['empathy', 'question:focused'] },
      analysis: analysisFinding('Sorry! Which device?', {
        signals: ['empathy', 'question'],
        level: 'focused',
      }),
    },
    {
      line: 2,
      id: null,
      entry: { id: '', lang: 'en', text: 'I will fix it.', labels: ['solution'] },
      analysis: analysisFinding('I will fix it.', { signals: ['solution', 'timeline'] }),
    },
    {
      line: 4,
      id: 'r3',
      entry: {
        id: 'r3',
        lang: 'en',
        text: LONG,
        labels: ['empathy', 'forbidden:privacy', 'question:closed'],
      },
      analysis: analysisFinding(LONG, { signals: ['question'], level: 'closed' }),
    },
  ],
  rejected: [{ line: 3, code: 'missing_labels', error: 'The object has no "labels" field.' }],
});

const MORE = evaluateFile('more.jsonl', {
  replies: [
    {
      line: 1,
      id: 7,
      entry: { id: '7', lang: 'zh', text: '您好', labels: [] },
      analysis: analysisFinding('您好', {}),
    },
  ],
  rejected: [],
});

describe('formatReport', () => {
  it('prints the per-label table, the forbidden micro-average, safe replies flagged and question levels', () => {
    expect(formatReport([TEAM], { color: false, width: 80, errors: false })).toMatchInlineSnapshot(`
      "team.jsonl: 3 replies (1 line rejected)
        label                       P      R     F1     tp    fp    fn
        empathy                 100.0   50.0   66.7      1     0     1
        apology                     –      –      –      0     0     0
        question                100.0  100.0  100.0      2     0     0
        restatement                 –      –      –      0     0     0
        solution                100.0  100.0  100.0      1     0     0
        timeline                  0.0      –    0.0      0     1     0
        followup                    –      –      –      0     0     0
        forbidden:absolute          –      –      –      0     0     0
        forbidden:blame             –      –      –      0     0     0
        forbidden:dismissive        –      –      –      0     0     0
        forbidden:privacy           –    0.0    0.0      0     0     1
        forbidden:impatient         –      –      –      0     0     0
        forbidden (micro)           –    0.0    0.0      0     0     1
        safe replies flagged: 0 of 2 (0.0%)
        question level accuracy: 100.0% (2 of 2 found questions with a labelled level)

      P, R, F1: precision, recall and F1 in %. tp: found and labelled, fp: found, not
      labelled, fn: labelled, not found. forbidden (micro) pools the five forbidden
      labels. – where there is nothing to divide by."
    `);
  });

  it('adds all files together after the files when there are several', () => {
    const report = formatReport([TEAM, MORE], { color: false, width: 80, errors: false });
    expect(report.split('\n').filter((line) => /^\S/.test(line))).toEqual([
      'team.jsonl: 3 replies (1 line rejected)',
      'more.jsonl: 1 reply',
      'all 2 files: 4 replies (1 line rejected)',
      expect.stringMatching(/^P, R, F1: precision, recall and F1 in %/),
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('lists each misread reply with --errors, its text shortened to the width', () => {
    const report = formatReport([TEAM, MORE], { color: false, width: 60, errors: true });
    const listing = report.split('\n\n').filter((block) => block.includes('misread replies'));
    expect(listing).toMatchInlineSnapshot(`
      [
        "  misread replies: 2
          team.jsonl:2  no id  extra timeline
            I will fix it.
          team.jsonl:4  r3  missed empathy, forbidden:privacy
            Sorry for the wait. Please tell me the verification c…",
        "  misread replies: none",
      ]
    `);
    for (const line of listing.join('\n').split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('colours only when asked', () => {
    const ESC = '\u001b[';
    expect(formatReport([TEAM], { color: false, width: 80, errors: true })).not.toContain(ESC);
    expect(formatReport([TEAM], { color: true, width: 80, errors: true })).toContain(ESC);
  });
});
