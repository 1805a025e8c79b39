// end to end: `parley train` through the real bin
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkModel } from '../../engine/scoring/model/model-files.ts';
import { E2E_TIMEOUT, parley } from '../test-support/run-parley.ts';

const REPLIES = [
  { text: "That's just your opinion, and frankly your problem.", labels: ['forbidden:dismissive'] },
  {
    text: 'Sorry about the wait, which device are you on right now?',
    labels: ['empathy', 'question:focused'],
  },
  { text: 'Nobody else has this problem, you are imagining it.', labels: ['forbidden:dismissive'] },
  { text: 'I can see why that is upsetting; I will check the order now.', labels: ['empathy', 'solution'] },
  { lang: 'zh', text: '您想太多了,别人都没有这个问题。', labels: ['forbidden:dismissive'] },
  {
    lang: 'zh',
    text: '非常抱歉让您久等了,请问您的订单号是多少?',
    labels: ['empathy', 'apology', 'question:focused'],
  },
];
const GOOD = REPLIES.map((r, i) => JSON.stringify({ id: `t${i}`, ...r })).join('\n');
const BAD_LINE = '{"id":"x","text":"Sorry!","labels":["empathie"]}';

let dir = '';
let good = '';
let withBadLine = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-train-'));
  good = join(dir, 'good.jsonl');
  withBadLine = join(dir, 'with-bad-line.jsonl');
  writeFileSync(good, `${GOOD}\n`);
  writeFileSync(withBadLine, `${GOOD}\n${BAD_LINE}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley train', () => {
  it(
    'learns one model per language from the files and writes them where asked',
    { timeout: E2E_TIMEOUT },
    () => {
      const out = join(dir, 'model');
      const { status, stdout, stderr } = parley(['train', good, '--out', out, '--epochs', '50']);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(
        /^en: learned from 4 replies, kept \d+ weights \(absolute \d+, blame \d+, dismissive \d+/m,
      );
      expect(stdout).toMatch(/^zh: learned from 2 replies/m);
      for (const lang of ['en', 'zh'] as const) {
        const model = checkModel(JSON.parse(readFileSync(join(out, `forbidden-${lang}.json`), 'utf8')), lang);
        expect(model.trainedOn.replies).toBe(lang === 'en' ? 4 : 2);
      }
      // the same replies give the same model
      const again = join(dir, 'again');
      expect(parley(['train', good, '--out', again, '--epochs', '50']).status).toBe(0);
      expect(readFileSync(join(again, 'forbidden-en.json'), 'utf8')).toBe(
        readFileSync(join(out, 'forbidden-en.json'), 'utf8'),
      );
    },
  );

  it('writes nothing when a line cannot be read, and says which', { timeout: E2E_TIMEOUT }, () => {
    const out = join(dir, 'not-written');
    const { status, stdout, stderr } = parley(['train', withBadLine, '--out', out, '--epochs', '50']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('with-bad-line.jsonl:7:');
    expect(stderr).toContain('1 of 7 lines rejected; fix them and run again (no model was written)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a wrong --epochs and an unreadable file with exit 2', { timeout: E2E_TIMEOUT }, () => {
    const badEpochs = parley(['train', good, '--out', join(dir, 'x'), '--epochs', 'many']);
    expect(badEpochs.status).toBe(2);
    expect(badEpochs.stderr).toContain('--epochs must be a whole number from 1 to 100000, got many');
    const missing = parley(['train', join(dir, 'missing.jsonl'), '--out', join(dir, 'y')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("parley train: cannot read '");
    expect(existsSync(join(dir, 'y'))).toBe(false);
  });
});
