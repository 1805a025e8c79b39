import * as v from 'valibot';
import { summarizeAttempt } from './attempt-summary.ts';
import { fromSchemaIssues, type DataIssue } from './data-issue.ts';
import { db as appDb } from './db.ts';
import type { Attempt, Trainee } from './entities.ts';
import type { TraineeId } from './ids.ts';
import { checkRow, checkRows, keyOf, readFailedIssue } from './read-rows.ts';
import { attemptSchema, parseRow, traineeSchema } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import type { WriteContext } from './write-result.ts';

/**
 * A trainee's progress as one JSON file: to move to another device, to hand to a team lead, or to keep before
 * deleting. Attempts keep their ids, so importing the same bundle twice, or bundles that overlap, adds nothing twice.
 */
export const BUNDLE_FORMAT = 'parley.trainee-bundle';
export const BUNDLE_VERSION = 1;
/** bundles above this are refused before they are read */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

export interface TraineeBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: number;
  trainee: Trainee;
  attempts: Attempt[];
}

export const traineeBundleSchema: v.GenericSchema<unknown, TraineeBundle> = v.pipe(
  // JSON has no other objects than plain ones and arrays; an array is not a bundle
  v.custom<unknown>((x) => !Array.isArray(x), 'Invalid type: Expected Object but received Array'),
  v.object({
    format: v.literal(BUNDLE_FORMAT),
    version: v.literal(BUNDLE_VERSION),
    exportedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
    trainee: traineeSchema,
    attempts: v.array(attemptSchema),
  }),
);

export interface ExportedBundle {
  bundle: TraineeBundle;
  /** the file's content */
  json: string;
  /** e.g. `parley-ann-lee-2026-03-01.json` */
  fileName: string;
  /** stored attempts that failed their schema and were left out */
  issues: DataIssue[];
}

export type ExportResult = { ok: true; value: ExportedBundle } | { ok: false; issues: DataIssue[] };

export interface ImportReport {
  traineeId: TraineeId;
  /** the name on this device: an existing trainee keeps theirs */
  traineeName: string;
  traineeCreated: boolean;
  added: number;
  /** attempts already here that the bundle had a later state of (finished, or saved later) */
  updated: number;
  unchanged: number;
  /** warnings: attempts left out because this device holds the same id for another trainee */
  issues: DataIssue[];
}

export type ImportResult = { ok: true; value: ImportReport } | { ok: false; issues: DataIssue[] };

function issue(
  code: DataIssue['code'],
  message: string,
  params?: Record<string, string | number>,
  path: (string | number)[] = [],
): DataIssue {
  return { code, severity: 'error', path, message, ...(params && { params }) };
}

function fileNameFor(name: string, now: number): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `parley-${slug || 'trainee'}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export async function exportTraineeBundle(
  traineeId: TraineeId,
  context: WriteContext = {},
): Promise<ExportResult> {
  const { db = appDb, now = Date.now() } = context;
  let raw: { trainee: unknown; attempts: unknown[] };
  try {
    raw = await db.transaction('r', [db.trainees, db.attempts], async () => ({
      trainee: await db.trainees.get(traineeId),
      attempts: await db.attempts.where('traineeId').equals(traineeId).sortBy('startedAt'),
    }));
  } catch (error) {
    return { ok: false, issues: [readFailedIssue(error)] };
  }
  const trainee = checkRow(traineeSchema, 'trainees', raw.trainee, traineeId);
  if (!trainee.ok) return { ok: false, issues: [trainee.issue] };
  if (trainee.row === null)
    return {
      ok: false,
      issues: [issue('invalid_row', `no trainee ${traineeId}`, { table: 'trainees', key: traineeId })],
    };
  const attempts = checkRows(attemptSchema, 'attempts', raw.attempts, keyOf('id'));
  const bundle: TraineeBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now,
    trainee: trainee.row,
    attempts: attempts.rows,
  };
  return {
    ok: true,
    value: {
      bundle,
      json: JSON.stringify(bundle),
      fileName: fileNameFor(trainee.row.name, now),
      issues: attempts.issues,
    },
  };
}

/** UTF-8 size without encoding the whole text */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(size: number): DataIssue {
  return issue('bundle_too_large', `the file is ${size} bytes; a bundle may be at most ${MAX_BUNDLE_BYTES}`, {
    size,
    max: MAX_BUNDLE_BYTES,
  });
}

/** the later state of one attempt: a finished attempt is final, otherwise the one saved last; ties keep `current` */
export function preferAttempt(current: Attempt, incoming: Attempt): Attempt {
  if ((current.status === 'finished') !== (incoming.status === 'finished'))
    return current.status === 'finished' ? current : incoming;
  return incoming.updatedAt > current.updatedAt ? incoming : current;
}

const header = v.pipe(
  v.custom<unknown>((x) => !Array.isArray(x)),
  v.object({ format: v.unknown(), version: v.unknown() }),
);

/** parses and checks a bundle's text: the whole file is refused if any part is wrong, with every place listed */
export function parseTraineeBundle(
  text: string,
): { ok: true; bundle: TraineeBundle } | { ok: false; issues: DataIssue[] } {
  // a UTF-8 byte is at least one UTF-16 unit and at most three: count exactly only in between
  if (
    text.length > MAX_BUNDLE_BYTES ||
    (text.length * 3 > MAX_BUNDLE_BYTES && utf8Length(text) > MAX_BUNDLE_BYTES)
  ) {
    return { ok: false, issues: [tooLarge(utf8Length(text))] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        issue(
          'bundle_not_json',
          `the file is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
  const head = v.safeParse(header, data);
  if (!head.success || head.output.format !== BUNDLE_FORMAT) {
    return {
      ok: false,
      issues: [
        issue(
          'bundle_wrong_format',
          `the file is not a Parley trainee bundle (expected "format": "${BUNDLE_FORMAT}")`,
        ),
      ],
    };
  }
  if (head.output.version !== BUNDLE_VERSION) {
    const version =
      typeof head.output.version === 'number' ? head.output.version : String(head.output.version);
    const newer = typeof version === 'number' && version > BUNDLE_VERSION;
    return {
      ok: false,
      issues: [
        issue(
          'bundle_unsupported_version',
          `bundle version ${version} is not supported (this app reads version ${BUNDLE_VERSION})${newer ? '; update Parley to import it' : ''}`,
          { version, supported: BUNDLE_VERSION },
          ['version'],
        ),
      ],
    };
  }
  const parsed = parseRow(traineeBundleSchema, data);
  if (!parsed.success) return { ok: false, issues: fromSchemaIssues('bundle_invalid', parsed.issues) };
  const bundle = parsed.output;
  const foreign = bundle.attempts.flatMap((a, i) =>
    a.traineeId === bundle.trainee.id
      ? []
      : [
          issue(
            'bundle_attempt_of_other_trainee',
            `attempt ${a.id} belongs to another trainee`,
            { id: a.id },
            ['attempts', i, 'traineeId'],
          ),
        ],
  );
  if (foreign.length > 0) return { ok: false, issues: foreign.slice(0, 20) };
  return { ok: true, bundle };
}

/**
 * Imports a bundle (a file or its text), merging by id: a new trainee is added, an existing one keeps their name;
 * attempts not here are added, attempts here are replaced only by a later state (see preferAttempt). All or nothing.
 */
export async function importTraineeBundle(
  input: string | Blob,
  context: WriteContext = {},
): Promise<ImportResult> {
  const { db = appDb } = context;
  // refuse an oversized file before reading it into memory
  if (typeof input !== 'string' && input.size > MAX_BUNDLE_BYTES)
    return { ok: false, issues: [tooLarge(input.size)] };
  let text: string;
  try {
    text = typeof input === 'string' ? input : await input.text();
  } catch (error) {
    return {
      ok: false,
      issues: [
        issue(
          'bundle_not_json',
          `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
  const parsed = parseTraineeBundle(text);
  if (!parsed.ok) return parsed;
  const { trainee, attempts } = parsed.bundle;

  // the same attempt twice in one bundle counts once, in its later state
  const incoming = new Map<string, Attempt>();
  for (const a of attempts) {
    const seen = incoming.get(a.id);
    incoming.set(a.id, seen ? preferAttempt(seen, a) : a);
  }

  const outcome = await runWrite(
    () =>
      db.transaction('rw', [db.trainees, db.attempts, db.attemptSummaries], async () => {
        const local = await db.trainees.get(trainee.id);
        const merged: Trainee = local
          ? {
              ...local,
              createdAt: Math.min(local.createdAt, trainee.createdAt),
              lastActiveAt: Math.max(local.lastActiveAt, trainee.lastActiveAt),
            }
          : trainee;
        await db.trainees.put(merged);
        const ids = [...incoming.keys()] as Attempt['id'][];
        const existing = await db.attempts.bulkGet(ids);
        const toPut: Attempt[] = [];
        const report: ImportReport = {
          traineeId: trainee.id,
          traineeName: merged.name,
          traineeCreated: !local,
          added: 0,
          updated: 0,
          unchanged: 0,
          issues: [],
        };
        ids.forEach((id, i) => {
          const next = incoming.get(id) as Attempt;
          const current = existing[i];
          if (!current) {
            toPut.push(next);
            report.added++;
          } else if (current.traineeId !== next.traineeId) {
            report.issues.push({
              ...issue(
                'bundle_attempt_conflict',
                `attempt ${id} already exists here for another trainee; left out`,
                { id },
              ),
              severity: 'warning',
            });
          } else if (preferAttempt(current, next) === next) {
            toPut.push(next);
            report.updated++;
          } else {
            report.unchanged++;
          }
        });
        await db.attempts.bulkPut(toPut);
        await db.attemptSummaries.bulkPut(toPut.map((a) => summarizeAttempt(a)));
        return report;
      }),
    // an import the user can start again is not kept in memory
    { keep: false },
  );
  if (outcome.status === 'saved') return { ok: true, value: outcome.value };
  return {
    ok: false,
    issues: [
      issue('bundle_storage_failed', `the bundle could not be saved: ${outcome.error.message}`, {
        storage: outcome.error.code,
      }),
    ],
  };
}
