import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStreamText, readTextFile } from './read-text-file.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads UTF-8 text without its byte-order mark', async () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(file, '\uFEFFid: 登录\n');
    expect(await readTextFile(file)).toEqual({ ok: true, text: 'id: 登录\n' });
  });

  it('refuses a file over the limit from its size, as an issue', async () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, 'x'.repeat(101));
    expect(await readTextFile(file, 100)).toEqual({
      ok: false,
      issue: {
        code: 'file_too_large',
        severity: 'error',
        path: [],
        message: 'the file is 101 bytes; a scenario file may be at most 100 bytes',
        params: { size: 101, max: 100 },
        line: 1,
        column: 1,
      },
    });
    writeFileSync(file, 'x'.repeat(100));
    expect(await readTextFile(file, 100)).toMatchObject({ ok: true });
  });

  it('turns a missing file or a folder into an issue instead of throwing', async () => {
    expect(await readTextFile(join(dir, 'nope.yaml'))).toMatchObject({
      ok: false,
      issue: { code: 'unreadable_file', message: 'cannot read the file: no such file' },
    });
    expect(await readTextFile(dir)).toMatchObject({
      ok: false,
      issue: { code: 'unreadable_file', message: 'cannot read the file: it is a directory' },
    });
  });
});

describe('readStreamText', () => {
  it('reads a stream up to a limit', async () => {
    expect(await readStreamText(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)).toBe('abc');
    expect(await readStreamText(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 3)).toBeUndefined();
  });
});
