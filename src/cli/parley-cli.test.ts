// end to end: the real `parley` bin, spawned the way npx runs it
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('./parley.js', import.meta.url));
const TIMEOUT = 30_000;

function parley(args: readonly string[], input = '') {
  // colour is decided by the flags under test, not by the shell running the tests
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env,
    timeout: TIMEOUT,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('parley score (JSON Lines)', () => {
  it('answers every non-blank line in order, reports bad lines and exits 1', { timeout: TIMEOUT }, () => {
    const input = [
      '{"id":1,"text":"Sorry about that! Which device are you on?"}',
      '',
      '{"id":2,"text":"我们会在24小时内给您回复。","lang":"zh"}',
      '{"id":3,"text": oops}',
      '{"id":4}',
      '{"id":5,"text":""}',
      '{"id":6,"text":"Please tell me the verification code we just texted you"}',
    ].join('\n');
    const { status, stdout, stderr } = parley(['score'], input);

    const out = jsonLines(stdout);
    expect(out.map((o) => o.id ?? `line ${String(o.line)}`)).toEqual([1, 2, 'line 4', 4, 5, 6]);
    expect(out[0]).toMatchObject({ lang: 'en', apology: true, question: true, forbidden: [] });
    expect(out[1]).toMatchObject({ lang: 'zh', timeline: true });
    expect(out[2]).toMatchObject({ line: 4, code: 'invalid_json' });
    expect(out[2]).not.toHaveProperty('id');
    expect(out.slice(3, 5)).toEqual([
      { id: 4, line: 5, error: 'The object has no "text" field.', code: 'missing_text' },
      { id: 5, line: 6, error: 'The reply is empty: type at least one word.', code: 'empty_text' },
    ]);
    expect(out[5]).toMatchObject({ forbidden: ['privacy'] });
    expect(status).toBe(1);
    expect(stderr).toContain('3 of 6 lines failed');
  });

  it('exits 0 when every line scores, and gives the same output twice', { timeout: TIMEOUT }, () => {
    const input = '{"id":"a","text":"Sorry for the wait."}\n{"id":"b","text":"ok"}\n';
    const first = parley(['score', '--lang', 'en'], input);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(jsonLines(first.stdout).map((o) => o.id)).toEqual(['a', 'b']);
    expect(parley(['score', '--lang', 'en'], input).stdout).toBe(first.stdout);
  });

  it('answers a line as soon as it arrives', { timeout: TIMEOUT }, async () => {
    const child = spawn(process.execPath, [BIN, 'score'], { cwd: ROOT });
    child.stdin.write('{"id":1,"text":"Sorry!"}\n');
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    expect(JSON.parse(first)).toMatchObject({ id: 1, apology: true });
    child.stdin.end('{"id":2,"text":"Thanks."}\n');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
  });

  it('exits 2 for a file it cannot read', { timeout: TIMEOUT }, () => {
    const { status, stderr } = parley(['score', '--input', 'no/such/file.jsonl']);
    expect(status).toBe(2);
    expect(stderr).toContain("cannot read 'no/such/file.jsonl': no such file");
  });
});

describe('parley score --text', () => {
  it('explains a forbidden phrase and the better phrasing', { timeout: TIMEOUT }, () => {
    const { status, stdout } = parley([
      'score',
      '--no-color',
      '--text',
      'Please tell me the verification code we just texted you',
    ]);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toContain('Privacy risk');
    expect(stdout).toMatch(/Better: .*share/);
    expect(stdout).toContain('Replace the forbidden phrase with the better phrasing shown.');
  });

  it('prints the JSON record with --json', { timeout: TIMEOUT }, () => {
    const { status, stdout } = parley(['score', '--json', '--text', 'Sorry about that!']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: null, lang: 'en', apology: true });
  });

  it('exits 1 with a clear message for an empty reply', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = parley(['score', '--text', '  ']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('parley score: The reply is empty: type at least one word.');
  });

  it('exits 2 for options that do not go together', { timeout: TIMEOUT }, () => {
    expect(parley(['score', '--json']).status).toBe(2);
    expect(parley(['score', '--text', 'hi', '--lang', 'fr']).status).toBe(2);
  });
});
