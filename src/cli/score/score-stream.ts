import { isLineError, scoreLine } from './score-line.ts';
import type { ScoreOptions } from './score-line.ts';

export interface StreamSummary {
  /** non-blank lines read */
  total: number;
  failed: number;
}

/**
 * Scores JSON lines as they arrive and hands each result, as one line of JSON, to `write` before reading on;
 * `write` may return a promise to hold the input back while the output drains.
 */
export async function scoreStream(
  lines: AsyncIterable<string> | Iterable<string>,
  write: (jsonLine: string) => void | Promise<void>,
  options: ScoreOptions = {},
): Promise<StreamSummary> {
  const summary: StreamSummary = { total: 0, failed: 0 };
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    // a byte-order mark from editors on windows is not part of the first object
    const result = scoreLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line, options);
    if (result === undefined) continue;
    summary.total += 1;
    if (isLineError(result)) summary.failed += 1;
    await write(JSON.stringify(result));
  }
  return summary;
}
