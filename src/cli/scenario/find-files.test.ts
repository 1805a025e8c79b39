import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles, isGoldenFileName, isScenarioFileName } from './find-files.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-find-'));
  for (const file of [
    'b.yaml',
    'a.yml',
    'c.json',
    'a.golden.yaml',
    'scenario.schema.json',
    'notes.txt',
    'sub/d.yaml',
    'sub/d.golden.yaml',
    '.hidden/e.yaml',
    'node_modules/f.yaml',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isScenarioFileName', () => {
  it('takes YAML and JSON but not golden transcripts or saved schemas', () => {
    expect(
      ['x.yaml', 'x.yml', 'X.JSON', 'x.golden.yaml', 'x.schema.json', 'x.txt'].filter(isScenarioFileName),
    ).toEqual(['x.yaml', 'x.yml', 'X.JSON']);
    expect(isGoldenFileName('x.golden.yaml')).toBe(true);
  });
});

describe('findFiles', () => {
  it('walks folders in name order, into subfolders, past hidden and tool folders', async () => {
    const found = await findFiles([dir], isScenarioFileName);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.yml',
      'b.yaml',
      'c.json',
      'sub/d.yaml',
    ]);
    expect(found).toMatchObject({ missing: [], folders: [dir] });
  });

  it('finds golden transcripts with the golden matcher', async () => {
    const found = await findFiles([dir], isGoldenFileName);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(['a.golden.yaml', 'sub/d.golden.yaml']);
  });

  it('takes a named file whatever its name, once, and reports what does not exist', async () => {
    const notes = join(dir, 'notes.txt');
    const found = await findFiles(
      [notes, join(dir, 'sub'), notes, join(dir, 'nope.yaml')],
      isScenarioFileName,
    );
    expect(found.files).toEqual([notes, join(dir, 'sub', 'd.yaml')]);
    expect(found.missing).toEqual([join(dir, 'nope.yaml')]);
  });
});
