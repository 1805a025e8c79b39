import type { Transaction } from 'dexie';
import { summarizeAttempt } from '../attempt-summary.ts';
import { attemptSchema, parseRow } from '../schemas.ts';

/** the attempt fields a summary copies as they are */
const COPIED = [
  'id',
  'traineeId',
  'scenarioId',
  'scenarioVersion',
  'locale',
  'mode',
  'status',
  'startedAt',
  'updatedAt',
  'finishedAt',
  'overall',
  'outcome',
] as const;

/**
 * The summary of an attempt stored by version 1. A row that fails the attempt schema still gets one, copied field
 * by field, so it stays listed (and fails the summary schema on read when those fields are what is broken): an
 * upgrade that threw would abort the database's opening and lock the trainee out of every page.
 */
export function attemptSummaryV2(raw: unknown): Record<string, unknown> {
  const parsed = parseRow(attemptSchema, raw);
  if (parsed.success) return { ...summarizeAttempt(parsed.output) };
  const row = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { forbidden: {}, duration: 0 };
  for (const field of COPIED) if (row[field] !== undefined) copy[field] = row[field];
  return copy;
}

/** version 2: a summary row in `attemptSummaries` for every stored attempt; the attempts stay as they are */
export async function addAttemptSummariesV2(tx: Transaction): Promise<void> {
  const summaries: Record<string, unknown>[] = [];
  await tx.table('attempts').each((raw: unknown) => {
    summaries.push(attemptSummaryV2(raw));
  });
  await tx.table('attemptSummaries').bulkPut(summaries);
}
