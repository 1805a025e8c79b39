// end to end: `parley play` with scripted replies through the real bin
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS_DIR } from '../scenario/resolve-scenario.ts';
import { E2E_TIMEOUT, MINI, parley } from '../test-support/run-parley.ts';

const SCRIPT = [
  '# a warm start',
  "I'm so sorry you're locked out. What do you see when you try to log in?",
  '/send_official_link',
  "I've sent you the official reset link; it should arrive within 5 minutes, and I'll check back with you afterwards.",
  '',
  'Anything else?',
  '/wait 10',
].join('\n');

let dir = '';
let scriptFile = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-play-'));
  scriptFile = join(dir, 'replies.txt');
  writeFileSync(scriptFile, SCRIPT);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley play --replies', () => {
  it('prints exactly one JSON object with --json', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout, stderr } = parley(['play', MINI, '--replies', scriptFile, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'scenario',
      'locale',
      'end',
      'endId',
      'scorecard',
      'transcript',
      'ignored',
    ]);
    expect(report).toMatchObject({
      scenario: 'mini-login',
      locale: 'en',
      end: 'resolved',
      endId: 'resolved',
    });
    const scorecard = report.scorecard as Record<string, unknown>;
    expect(Object.keys(scorecard)).toEqual(['overall', 'dimensions', 'critical', 'checkpoints', 'details']);
    expect(scorecard.overall).toEqual(expect.any(Number));
    // plain numbers, 0-100, one per dimension
    const dimensions = scorecard.dimensions as Record<string, unknown>;
    expect(Object.keys(dimensions)).toEqual([
      'empathy',
      'clarification',
      'compliance',
      'resolution',
      'timeliness',
    ]);
    for (const score of Object.values(dimensions)) {
      expect(typeof score === 'number' && score >= 0 && score <= 100).toBe(true);
    }
    expect(scorecard.critical).toEqual([]);
    expect(scorecard.checkpoints).toMatchObject([{ id: 'link', met: true }]);
    expect(scorecard.details).toMatchObject({
      overall: scorecard.overall,
      end: 'resolved',
      outcome: 'resolved',
    });
    const transcript = report.transcript as { kind: string; analysis?: Record<string, unknown> }[];
    expect(transcript.map((e) => e.kind)).toEqual([
      'customer',
      'agent',
      'customer',
      'action',
      'customer',
      'agent',
      'customer',
      'end',
    ]);
    expect(transcript[1]?.analysis).toMatchObject({
      lang: 'en',
      empathy: true,
      question: true,
      forbidden: [],
    });
    expect(report.ignored).toEqual([
      {
        line: 6,
        text: 'Anything else?',
        code: 'session_ended',
        message: 'the conversation had already ended',
      },
      { line: 7, text: '/wait 10', code: 'session_ended', message: 'the conversation had already ended' },
    ]);
  });

  it('prints the transcript, the ignored lines and the scorecard as text', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['play', MINI, '--replies', scriptFile, '--no-color']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Locked out {2}\(mini-login, en, seed mini-login\)\nSam: mood 7\/10/);
    expect(stdout).toContain(" 0:00  Sam     I can't log in and nobody helps!");
    expect(stdout).toContain(' 0:20  Action  /send_official_link');
    expect(stdout).toMatch(/End: resolved\n {15}Well done\./);
    expect(stdout).toContain('Note: 2 scripted lines after the end were ignored: line 6, 7');
    expect(stdout).toMatch(/Score \d+\/100 {2}\(resolved\)/);
    expect(stdout).toMatch(/Clarification +\d+ +weight 20\n +−30 Never restated the problem/);
    expect(stdout).toContain('✓ Sent the official link (link)');
  });

  it('reads the script from stdin and plays it in the chosen language', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['play', MINI, '--lang', 'zh-CN', '--json'], { input: '您好\n' });
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      locale: string;
      end: unknown;
      transcript: { kind: string; text?: string }[];
    };
    expect(report).toMatchObject({ locale: 'zh-CN', end: null });
    expect(report.transcript[0]?.text).toBe('我登录不上,也没人管!');
  });

  it(
    'exits 2 with the line number for a script line it cannot read, and plays nothing',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout, stderr } = parley(['play', MINI, '--json'], {
        input: 'Hello\n\n/sned_official_link\n',
      });
      expect(stdout).toBe('');
      expect(stderr).toContain(
        "<stdin>:3: unknown action '/sned_official_link'; did you mean '/send_official_link'? [unknown_action]",
      );
      expect(stderr).toContain('nothing was played');
      expect(status).toBe(2);
    },
  );

  it(
    'exits 2 for an unknown built-in id, with the ids there are and a guess',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout, stderr } = parley(['play', 'login-faliure-angry', '--replies', scriptFile]);
      expect(stdout).toBe('');
      expect(stderr).toContain("there is no built-in scenario 'login-faliure-angry'");
      expect(stderr).toMatch(/Built-in scenarios: |There are no built-in scenarios/);
      if (existsSync(join(BUILT_IN_SCENARIOS_DIR, 'login-failure-angry.yaml'))) {
        expect(stderr).toContain("Did you mean 'login-failure-angry'?");
      }
      expect(status).toBe(2);
    },
  );

  it(
    'exits 2 for a missing file, a missing script and a language the scenario lacks',
    { timeout: E2E_TIMEOUT },
    () => {
      expect(parley(['play', 'no/such.yaml']).stderr).toBe("parley play: no such file: 'no/such.yaml'\n");
      const noScript = parley(['play', MINI, '--replies', join(dir, 'nope.txt')]);
      expect(noScript.stderr).toContain("cannot read the replies '");
      expect(noScript.status).toBe(2);
      const lang = parley(['play', MINI, '--lang', 'zh-TW'], { input: 'hi\n' });
      expect(lang.stderr).toContain('is written in en, zh-CN, not zh-TW');
      expect(lang.status).toBe(2);
    },
  );

  it('exits 1 and shows the issues for a scenario with errors', { timeout: E2E_TIMEOUT }, () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(MINI, 'utf8').replace('next: fix', 'next: fixx'));
    const { status, stdout, stderr } = parley(['play', broken, '--no-color'], { input: 'hi\n' });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/broken\.yaml:\d+:\d+: error: unknown beat 'fixx'; did you mean 'fix'\?/);
    expect(stderr).toContain('has 1 error and cannot be played.');
    expect(status).toBe(1);
  });

  it.skipIf(!existsSync(join(BUILT_IN_SCENARIOS_DIR, 'login-failure-angry.yaml')))(
    'plays a built-in scenario by its id from any directory',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout } = parley(['play', 'login-failure-angry', '--json'], {
        input: 'Hello.\n',
        cwd: dir,
      });
      expect(status).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ scenario: 'login-failure-angry', locale: 'en' });
    },
  );
});
