// end to end: `parley lint` through the real bin
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../engine/scenario/lint-scenario.ts';
import { MAX_SCENARIO_BYTES } from '../../engine/scenario/parse-scenario.ts';
import { E2E_TIMEOUT, MINI, parley } from '../test-support/run-parley.ts';

const mini = readFileSync(MINI, 'utf8');
// a flag no condition tests: the graph checks warn about it (once they exist)
const flagOnly = mini.replace(
  '      - id: cold\n        mood: 1\n',
  '      - id: cold\n        mood: 1\n        set: [shrugged]\n',
);
const hasWarningsOnly = (() => {
  const result = lintText(flagOnly);
  return result.errors === 0 && result.warnings > 0;
})();

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-lint-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'good.yaml'), mini);
  writeFileSync(join(dir, 'sub', 'bad.yml'), mini.replace('id: mini-login', 'id: mini-login\ncolor: red'));
  writeFileSync(join(dir, 'good.golden.yaml'), 'not: [a scenario');
  writeFileSync(join(dir, 'huge.json'), `{"id": "${'x'.repeat(MAX_SCENARIO_BYTES)}"}`);
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'broken.yaml'));
  writeFileSync(join(dir, 'warn.yaml'), flagOnly);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley lint', () => {
  it(
    'walks a folder, skips golden files, reports each issue at its place and exits 1',
    { timeout: E2E_TIMEOUT },
    () => {
      const { status, stdout, stderr } = parley(['lint', dir, '--no-color']);
      const lines = stdout.trimEnd().split('\n');
      const issues = lines.slice(0, -1).map((line) => line.replace(`${dir}/`, ''));
      expect(issues).toEqual(
        expect.arrayContaining([
          'broken.yaml:1:1: error: cannot read the file: no such file [unreadable_file]',
          `huge.json:1:1: error: the file is ${MAX_SCENARIO_BYTES + 10} bytes; a scenario file may be at most ${MAX_SCENARIO_BYTES} bytes [file_too_large]`,
          expect.stringMatching(
            /^sub\/bad\.yml:2:\d+: error: unknown field 'color'.* \(color\) \[unknown_field\]$/,
          ),
        ]),
      );
      for (const line of issues) expect(line).toMatch(/^[\w/.-]+:\d+:\d+: (error|warning): .+ \[[a-z_]+\]$/);
      expect(stdout).not.toContain('golden');
      expect(lines.at(-1)).toMatch(/^5 files, [3-9] errors, \d+ warnings?$/);
      expect(stderr).toBe('');
      expect(status).toBe(1);
    },
  );

  it('prints a JSON array of files and their issues with --format json', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['lint', dir, '--format', 'json']);
    const report = JSON.parse(stdout) as {
      file: string;
      issues: { code: string; severity: string; line: number }[];
    }[];
    expect(report.map((r) => r.file.replace(`${dir}/`, ''))).toEqual([
      'broken.yaml',
      'good.yaml',
      'huge.json',
      'sub/bad.yml',
      'warn.yaml',
    ]);
    expect(report[1]?.issues).toEqual([]);
    expect(report[2]?.issues).toMatchObject([{ code: 'file_too_large', severity: 'error', line: 1 }]);
    expect(report[3]?.issues.map((i) => i.code)).toEqual(['unknown_field']);
    expect(status).toBe(1);
  });

  it('exits 0 for a clean file', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['lint', join(dir, 'good.yaml')]);
    expect(stdout).toBe('1 file, 0 errors, 0 warnings\n');
    expect(status).toBe(0);
  });

  it.skipIf(!hasWarningsOnly)('passes warnings, unless --strict', { timeout: E2E_TIMEOUT }, () => {
    const file = join(dir, 'warn.yaml');
    const relaxed = parley(['lint', file, '--no-color']);
    expect(relaxed.stdout).toMatch(/: warning: /);
    expect(relaxed.status).toBe(0);
    expect(parley(['lint', file, '--strict']).status).toBe(1);
  });

  it(
    'exits 2 for a path that does not exist or a folder with nothing to check',
    { timeout: E2E_TIMEOUT },
    () => {
      const missing = parley(['lint', join(dir, 'good.yaml'), 'no/such.yaml']);
      expect(missing.stderr).toBe("parley lint: no such file or folder: 'no/such.yaml'\n");
      expect(missing.stdout).toBe('');
      expect(missing.status).toBe(2);
      const empty = parley(['lint', join(dir, 'empty')]);
      expect(empty.stderr).toContain('no scenario files (*.yaml, *.yml, *.json) in');
      expect(empty.status).toBe(2);
      expect(parley(['lint', '--format', 'xml']).status).toBe(2);
    },
  );
});
