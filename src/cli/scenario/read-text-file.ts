import { open } from 'node:fs/promises';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { MAX_SCENARIO_BYTES } from '../../engine/scenario/parse-scenario.ts';
import { t } from '../i18n.ts';

export type ReadResult = { ok: true; text: string } | { ok: false; issue: ScenarioIssue };

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'noSuchFile',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EISDIR: 'isDirectory',
  ELOOP: 'symlinkLoop',
};

/** why a file could not be read, in words; the system message when there are none for its code */
export function describeReadError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const key = code === undefined ? undefined : READ_ERRORS[code];
  return key ? t(`cli.readError.${key}`) : message;
}

function fileIssue(code: string, message: string, params?: Record<string, string | number>): ScenarioIssue {
  return { code, severity: 'error', path: [], message, line: 1, column: 1, ...(params && { params }) };
}

/**
 * The text of a file of at most `maxBytes`, read without ever holding more than that: the size is checked
 * before reading, and the read stops one byte past the limit (a pipe or a file that grows has no size up front).
 * Problems come back as an issue at 1:1, never as an exception.
 */
export async function readTextFile(file: string, maxBytes = MAX_SCENARIO_BYTES): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return {
      ok: false,
      issue: fileIssue('unreadable_file', t('cli.file.cannotRead', { detail: describeReadError(error) })),
    };
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      return {
        ok: false,
        issue: fileIssue(
          'unreadable_file',
          t('cli.file.cannotRead', { detail: t('cli.readError.isDirectory') }),
        ),
      };
    }
    const tooLarge = (size: number) => ({
      ok: false as const,
      issue: fileIssue('file_too_large', t('cli.file.tooLarge', { size, max: maxBytes }), {
        size,
        max: maxBytes,
      }),
    });
    if (stats.isFile() && stats.size > maxBytes) return tooLarge(stats.size);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(stats.isFile() ? Math.max(stats.size, length) : length);
    // a byte-order mark is not part of the text
    return { ok: true, text: buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '') };
  } catch (error) {
    return {
      ok: false,
      issue: fileIssue('unreadable_file', t('cli.file.cannotRead', { detail: describeReadError(error) })),
    };
  } finally {
    await handle.close();
  }
}

/** a stream's text, up to `maxBytes`; undefined when it is longer */
export async function readStreamText(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
