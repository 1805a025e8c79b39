import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS_DIR, listScenarioIds, resolveScenario } from './resolve-scenario.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-resolve-'));
  for (const name of [
    'login-failure-angry.yaml',
    'refund-calm.yml',
    'login-failure-angry.golden.yaml',
    'x.schema.json',
  ]) {
    writeFileSync(join(dir, name), '');
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveScenario', () => {
  it('takes an existing file as it is', async () => {
    const file = join(dir, 'refund-calm.yml');
    expect(await resolveScenario(file, dir)).toEqual({ kind: 'file', file });
  });

  it('looks a bare id up in the scenarios folder', async () => {
    expect(await resolveScenario('login-failure-angry', dir)).toEqual({
      kind: 'file',
      file: join(dir, 'login-failure-angry.yaml'),
    });
    expect(await resolveScenario('refund-calm', dir)).toEqual({
      kind: 'file',
      file: join(dir, 'refund-calm.yml'),
    });
  });

  it('suggests the closest id and lists the known ones for an unknown id', async () => {
    expect(await resolveScenario('login-faliure-angry', dir)).toEqual({
      kind: 'unknown',
      id: 'login-faliure-angry',
      known: ['login-failure-angry', 'refund-calm'],
      suggestion: 'login-failure-angry',
    });
    expect(await resolveScenario('zzz', dir)).toEqual({
      kind: 'unknown',
      id: 'zzz',
      known: ['login-failure-angry', 'refund-calm'],
    });
  });

  it('never takes something written like a path for an id', async () => {
    expect(await resolveScenario('somewhere/login-failure-angry', dir)).toEqual({
      kind: 'missing',
      file: 'somewhere/login-failure-angry',
    });
    expect(await resolveScenario('login-failure-angry.yaml', dir)).toEqual({
      kind: 'missing',
      file: 'login-failure-angry.yaml',
    });
  });

  it(
    'finds the built-in scenarios from the repository root',
    { skip: !existsSync(join(BUILT_IN_SCENARIOS_DIR, 'login-failure-angry.yaml')) },
    async () => {
      expect(await resolveScenario('login-failure-angry')).toEqual({
        kind: 'file',
        file: join(BUILT_IN_SCENARIOS_DIR, 'login-failure-angry.yaml'),
      });
    },
  );
});

describe('listScenarioIds', () => {
  it('lists ids without golden transcripts or saved schemas, and nothing for a missing folder', async () => {
    expect(await listScenarioIds(dir)).toEqual(['login-failure-angry', 'refund-calm']);
    expect(await listScenarioIds(join(dir, 'nope'))).toEqual([]);
  });
});
