import { describe, expect, it } from 'vitest';
import { PRIVACY_ANALYSIS, ZH_ANALYSIS } from '../test-support/sample-analyses.ts';
import { flattenEvidence, toScoreRecord } from './to-record.ts';

describe('flattenEvidence', () => {
  it('lists signal cues in signal order, then forbidden hits with their suggestion', () => {
    expect(flattenEvidence(PRIVACY_ANALYSIS)).toMatchInlineSnapshot(`
      [
        {
          "cue": "Sorry",
          "end": 5,
          "kind": "empathy",
          "ruleId": "en.apology.sorry",
          "start": 0,
        },
        {
          "cue": "Sorry",
          "end": 5,
          "kind": "apology",
          "ruleId": "en.apology.sorry",
          "start": 0,
        },
        {
          "cue": "Please tell me the",
          "end": 36,
          "kind": "question",
          "level": "focused",
          "ruleId": "en.question.let-me-know-wh",
          "start": 18,
        },
        {
          "cue": "tell me the verification code",
          "end": 54,
          "kind": "question",
          "level": "focused",
          "ruleId": "en.privacy.tell-me-secret",
          "start": 25,
        },
        {
          "cue": "tell me the verification code",
          "end": 54,
          "kind": "forbidden:privacy",
          "ruleId": "en.privacy.tell-me-secret",
          "start": 25,
          "suggestion": "Never ask for it: "Please don't share your codes with anyone, including us."",
        },
      ]
    `);
  });

  it('gives offsets that cut the cue out of the reply', () => {
    for (const e of flattenEvidence(ZH_ANALYSIS)) expect(ZH_ANALYSIS.text.slice(e.start, e.end)).toBe(e.cue);
  });
});

describe('toScoreRecord', () => {
  it('puts the flags first, in a fixed key order', () => {
    const record = toScoreRecord('r1', ZH_ANALYSIS);
    expect(Object.keys(record)).toEqual([
      'id',
      'lang',
      'empathy',
      'apology',
      'question',
      'questionLevel',
      'restatement',
      'solution',
      'timeline',
      'followup',
      'forbidden',
      'evidence',
      'customerEmotion',
      'coaching',
      'warnings',
    ]);
    expect({ ...record, evidence: record.evidence.length }).toMatchInlineSnapshot(`
      {
        "apology": true,
        "coaching": [
          "avoid_forbidden",
          "ask_clarifying_question",
        ],
        "customerEmotion": "anger",
        "empathy": true,
        "evidence": 4,
        "followup": false,
        "forbidden": [
          "blame",
        ],
        "id": "r1",
        "lang": "zh",
        "question": false,
        "questionLevel": null,
        "restatement": false,
        "solution": false,
        "timeline": true,
        "warnings": [],
      }
    `);
  });

  it('lists each forbidden category once, in order of first appearance', () => {
    const hit = PRIVACY_ANALYSIS.forbidden[0];
    if (!hit) throw new Error('the sample has a privacy hit');
    const analysis = {
      ...PRIVACY_ANALYSIS,
      forbidden: [{ ...hit, category: 'blame' as const }, hit, { ...hit, category: 'blame' as const }],
    };
    expect(toScoreRecord(1, analysis).forbidden).toEqual(['blame', 'privacy']);
  });
});
