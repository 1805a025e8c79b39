// end to end: `parley test` on golden transcripts through the real bin
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, MINI, parley } from '../test-support/run-parley.ts';

const PASSING = `scenario: mini-login
transcripts:
  - name: warm
    locale: en
    replies:
      - "I'm so sorry you're locked out. What do you see when you try to log in?"
      - /send_official_link
      - "I've sent the official reset link; it arrives within 5 minutes and I'll check back with you."
    expect:
      end: resolved
      score: { min: 80, max: 100 }
      beats: [opening, fix, resolved]
      checkpoints: { met: [link] }
      critical: false
`;

const FAILING = `${PASSING}  - name: asks-for-code
    locale: zh-CN
    replies:
      - Please tell me the verification code we just texted you.
      - Thanks.
    expect:
      end: resolved
      checkpoints: { met: [link] }
`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
  for (const sub of ['pass', 'fail', 'bad']) {
    mkdirSync(join(dir, sub));
    copyFileSync(MINI, join(dir, sub, 'mini-login.yaml'));
  }
  writeFileSync(join(dir, 'pass', 'mini-login.golden.yaml'), PASSING);
  writeFileSync(join(dir, 'fail', 'mini-login.golden.yaml'), FAILING);
  writeFileSync(join(dir, 'bad', 'mini-login.golden.yaml'), PASSING.replace('locale: en', 'locale: fr'));
  writeFileSync(join(dir, 'bad', 'orphan.golden.yaml'), PASSING.replace('mini-login', 'orphan'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley test', () => {
  it(
    'passes a golden file whose transcripts reach what they expect, named directly or by its scenario',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout } = parley(['test', join(dir, 'pass', 'mini-login.yaml'), '--no-color']);
      expect(stdout).toMatch(
        /mini-login\.golden\.yaml \(mini-login\)\n {2}✓ warm {2}\[en\] {2}end resolved · score \d+ \(band 80–100\)\n/,
      );
      expect(stdout).toContain('1 passed, 0 failed (1 transcript in 1 file)');
      expect(status).toBe(0);
    },
  );

  it('marks a failing transcript with what did not match and exits 1', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['test', join(dir, 'fail'), '--no-color']);
    expect(stdout).toContain('✓ warm  [en]');
    expect(stdout).toMatch(/✗ asks-for-code {2}\[zh-CN\] {2}end failed, expected resolved · score \d+\n/);
    expect(stdout).toContain('expected the end resolved, reached failed');
    expect(stdout).toContain("expected the checkpoint 'link' to be met");
    expect(stdout).toContain('Note: 1 scripted line after the end was ignored: line 2');
    expect(stdout).toContain('1 passed, 1 failed (2 transcripts in 1 file)');
    expect(status).toBe(1);
  });

  it(
    'reports a golden file it cannot read at its line and column, and one without a scenario',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout } = parley(['test', join(dir, 'bad'), '--no-color']);
      expect(stdout).toMatch(
        /mini-login\.golden\.yaml:4:13: error: Invalid option: .* \(transcripts\[0\]\.locale\) \[invalid_value\]/,
      );
      expect(stdout).toMatch(
        /orphan\.golden\.yaml:1:1: error: no scenario 'orphan' beside the golden file \(looked for .*orphan\.yaml/,
      );
      expect(stdout).toContain('0 passed, 0 failed (0 transcripts in 2 files); 2 files could not run');
      expect(status).toBe(1);
    },
  );

  it('prints one JSON array with --format json', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['test', join(dir, 'fail'), '--format', 'json']);
    const [report] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(report).toMatchObject({ scenario: 'mini-login', issues: [] });
    const transcripts = report?.transcripts as Record<string, unknown>[];
    expect(transcripts.map((t) => [t.name, t.locale, t.passed, t.end])).toEqual([
      ['warm', 'en', true, 'resolved'],
      ['asks-for-code', 'zh-CN', false, 'failed'],
    ]);
    expect(transcripts[1]).toMatchObject({
      expected: { end: 'resolved' },
      endId: 'failed',
      checkpoints: { met: [], missed: ['link'] },
    });
    expect(typeof (transcripts[1]?.dimensions as Record<string, unknown>).compliance).toBe('number');
    expect(status).toBe(1);
  });

  it('exits 2 when there is nothing to run', { timeout: E2E_TIMEOUT }, () => {
    expect(parley(['test', join(dir, 'nope')]).stderr).toContain('no such file or folder');
    const empty = mkdtempSync(join(dir, 'empty-'));
    expect(parley(['test', empty]).stderr).toContain('no golden transcripts (*.golden.yaml) in');
    expect(parley(['test', MINI]).status).toBe(2);
  });
});
