import { describe, expect, it } from 'vitest';
import { scoreStream } from './score-stream.ts';

async function* arriving(lines: readonly string[]) {
  for (const line of lines) {
    await Promise.resolve();
    yield line;
  }
}

describe('scoreStream', () => {
  it('writes one line per non-blank input line, in order, numbering lines as read', async () => {
    const out: string[] = [];
    const summary = await scoreStream(
      arriving([
        '{"id":"a","text":"Sorry!"}',
        '',
        'nope',
        '   ',
        '{"id":"b"}',
        '{"id":"c","text":"Thanks."}',
      ]),
      (line) => {
        out.push(line);
      },
    );
    const parsed = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => [p.id, p.line, p.code])).toEqual([
      ['a', undefined, undefined],
      [undefined, 3, 'invalid_json'],
      ['b', 5, 'missing_text'],
      ['c', undefined, undefined],
    ]);
    expect(summary).toEqual({ total: 4, failed: 2 });
  });

  it('writes each result before reading the next line', async () => {
    const events: string[] = [];
    async function* input() {
      for (const id of [1, 2]) {
        await Promise.resolve();
        events.push(`read ${id}`);
        yield JSON.stringify({ id, text: 'Sorry!' });
      }
    }
    await scoreStream(input(), async (line) => {
      await Promise.resolve();
      events.push(`wrote ${(JSON.parse(line) as { id: number }).id}`);
    });
    expect(events).toEqual(['read 1', 'wrote 1', 'read 2', 'wrote 2']);
  });

  it('ignores a byte-order mark on the first line', async () => {
    const out: string[] = [];
    const summary = await scoreStream(['\uFEFF{"id":1,"text":"Sorry!"}'], (line) => {
      out.push(line);
    });
    expect(summary.failed).toBe(0);
  });

  it('applies the default language', async () => {
    const out: string[] = [];
    await scoreStream(['{"id":1,"text":"ok"}', '{"id":2,"text":"ok","lang":"en"}'], (l) => void out.push(l), {
      lang: 'zh',
    });
    expect(out.map((l) => (JSON.parse(l) as { lang: string }).lang)).toEqual(['zh', 'en']);
  });
});
