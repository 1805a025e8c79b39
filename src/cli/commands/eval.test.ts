// end to end: `parley eval` through the real bin
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type CorpusEntry } from '../../engine/scoring/index.ts';
import type { EvalJson } from '../eval/eval-report.ts';
import { E2E_TIMEOUT, parley } from '../test-support/run-parley.ts';

const ENTRIES = [
  {
    id: 'a',
    lang: 'en',
    text: 'Sorry about that! Which device are you on?',
    labels: ['empathy', 'apology', 'question:focused'],
  },
  {
    id: 'b',
    lang: 'zh',
    text: '我们会在24小时内给您回复。',
    customer: '我的订单呢?',
    labels: ['timeline', 'followup'],
  },
  {
    id: 'c',
    text: 'Please tell me the verification code we just texted you',
    labels: ['question:focused', 'forbidden:privacy'],
  },
  // labelled wrongly on purpose, so there is a miss whatever the lexicons do
  { id: 'd', text: 'Thanks for waiting.', labels: ['forbidden:blame'] },
];
// line 2 is blank
const TINY = [ENTRIES[0], '', ...ENTRIES.slice(1)].map((e) => (e === '' ? '' : JSON.stringify(e))).join('\n');
const BAD_LINE = '{"id":"x","text":"Sorry!","labels":["empathie"]}';

let dir = '';
let tiny = '';
let withBadLine = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  tiny = join(dir, 'tiny.jsonl');
  withBadLine = join(dir, 'with-bad-line.jsonl');
  writeFileSync(tiny, `${TINY}\n`);
  writeFileSync(withBadLine, `${TINY}\n${BAD_LINE}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// what the corpus tests compute for the same replies (the CLI detects the language where none is given)
const expected = evaluate(ENTRIES as CorpusEntry[]);

// each run loads tsx and the lexicons (seconds of CPU), so every run checks as much as it can
describe('parley eval', () => {
  it(
    'prints the figures the corpus tests compute, per label, lists misread replies with --errors, exits 0',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout, stderr } = parley(['eval', tiny, '--errors', '--no-color']);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe(`${tiny}: 4 replies`);
      for (const { label, tp, fp, fn } of expected.scores) {
        expect(lines).toContainEqual(
          expect.stringMatching(new RegExp(`^  ${label} .* ${tp} +${fp} +${fn}$`)),
        );
      }
      const percent = (x: number) => (x * 100).toFixed(1);
      expect(stdout).toContain(`safe replies flagged: ${expected.safeFlagged} of ${expected.safeTotal} (`);
      expect(stdout).toContain(`question level accuracy: ${percent(expected.levelAccuracy)}%`);

      expect(stdout).toContain(`misread replies: ${expected.errors.length}`);
      const at = lines.findIndex((line) => line.startsWith(`    ${tiny}:5  d  missed forbidden:blame`));
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toBe('      Thanks for waiting.');

      expect(stdout).not.toContain('\u001b[');
      expect(stderr).toBe('');
      expect(status).toBe(0);
    },
  );

  it('prints the same figures as one JSON object with --json', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['eval', tiny, '--json', '--errors']);
    const json = JSON.parse(stdout) as EvalJson;
    expect(Object.keys(json)).toEqual(['files', 'all', 'rejectedLines']);
    expect(json.files).toHaveLength(1);
    const [file] = json.files;
    expect(file).toMatchObject({ file: tiny, replies: 4, rejected: 0 });
    for (const { label, tp, fp, fn, precision, recall } of expected.scores) {
      expect(file?.labels[label]).toMatchObject({ tp, fp, fn });
      if (tp + fp > 0) expect(file?.labels[label].precision).toBeCloseTo(precision);
      if (tp + fn > 0) expect(file?.labels[label].recall).toBeCloseTo(recall);
    }
    expect(file?.forbiddenMicro.recall).toBeCloseTo(expected.forbiddenMicro.recall);
    expect(file?.safeReplies).toMatchObject({ flagged: expected.safeFlagged, total: expected.safeTotal });
    expect(file?.questionLevel).toMatchObject({ right: expected.levelRight, total: expected.levelTotal });
    expect(file?.errors).toContainEqual(
      expect.objectContaining({ line: 5, id: 'd', text: 'Thanks for waiting.', missed: ['forbidden:blame'] }),
    );
    expect(json.all).toMatchObject({ files: 1, replies: 4, labels: file?.labels });
    expect(json.rejectedLines).toEqual([]);
    expect(status).toBe(0);
  });

  it(
    'reports a rejected line with its file and line, leaves it out of the figures and exits 1',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout, stderr } = parley(['eval', withBadLine, tiny, '--no-color']);
      expect(stderr).toBe(
        [
          `${withBadLine}:6: "empathie" is not a label. Did you mean 'empathy'? [unknown_label]`,
          `parley eval: 1 of 9 lines rejected and left out of the figures`,
          '',
        ].join('\n'),
      );
      expect(stdout.split('\n').filter((line) => /^\S/.test(line))).toEqual([
        `${withBadLine}: 4 replies (1 line rejected)`,
        `${tiny}: 4 replies`,
        'all 2 files: 8 replies (1 line rejected)',
        expect.stringMatching(/^P, R, F1:/),
        expect.any(String),
        expect.any(String),
      ]);
      expect(status).toBe(1);
    },
  );

  it('exits 2 without figures when a file cannot be read', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout, stderr } = parley(['eval', tiny, join(dir, 'nope.jsonl'), dir]);
    expect(stderr).toBe(
      [
        `parley eval: cannot read '${join(dir, 'nope.jsonl')}': no such file`,
        `parley eval: cannot read '${dir}': it is a directory`,
        '',
      ].join('\n'),
    );
    expect(stdout).toBe('');
    expect(status).toBe(2);
  });

  it('reads replies with the models of --model instead of the shipped ones', { timeout: E2E_TIMEOUT }, () => {
    const neutral = join(dir, 'neutral.jsonl');
    const text = 'The parcel left our warehouse this morning and tracking updates tonight.';
    writeFileSync(neutral, `${JSON.stringify({ id: 'n', lang: 'en', text, labels: [] })}\n`);
    const models = join(dir, 'models');
    mkdirSync(models);
    const none = { bias: -50, weights: {} };
    // a model that calls anything about a warehouse blame
    const warehouse = {
      lang: 'en',
      threshold: 0.6,
      categories: {
        absolute: none,
        dismissive: none,
        impatient: none,
        blame: { bias: -3, weights: { 'w:warehouse': 60 } },
      },
      trainedOn: { replies: 0, digest: '0-00000000' },
    };
    writeFileSync(join(models, 'forbidden-en.json'), JSON.stringify(warehouse));
    const flagged = (args: string[]) =>
      (JSON.parse(parley(['eval', neutral, '--json', ...args]).stdout) as EvalJson).all.safeReplies.flagged;
    expect(flagged([])).toBe(0);
    expect(flagged(['--model', models])).toBe(1);

    const empty = join(dir, 'no-models');
    mkdirSync(empty);
    const missing = parley(['eval', neutral, '--model', empty]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain(
      `parley eval: no model in ${empty} (looked for forbidden-en.json, forbidden-zh.json;`,
    );
    writeFileSync(join(empty, 'forbidden-zh.json'), JSON.stringify({ ...warehouse, lang: 'en' }));
    const wrong = parley(['eval', neutral, '--model', empty]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(
      "forbidden-zh.json' is not a forbidden-phrase model: the zh forbidden-phrase model",
    );
    expect(wrong.stderr).toContain('says lang en');
  });

  it('explains the input and the figures in --help', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['eval', '--help']);
    expect(stdout).toMatch(/^Usage: parley eval \[options\] <files\.\.\.>/);
    expect(stdout).toContain('"labels": ["empathy", "question:open"');
    expect(stdout).toContain('$ parley eval src/engine/scoring/fixtures/holdout.jsonl');
    expect(stdout).toContain(
      'Exit status: 0 every line was evaluated, 1 some lines were rejected, 2 wrong usage',
    );
    expect(status).toBe(0);
  });
});
