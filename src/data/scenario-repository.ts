import type { ScenarioIssue } from '../engine/scenario/index.ts';
import type { RowResult, RowsResult } from './data-issue.ts';
import { db as appDb } from './db.ts';
import type { ImportedScenario } from './entities.ts';
import { checkRow, checkRows, keyOf, readRow, readRows } from './read-rows.ts';
import { importedScenarioSchema } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import {
  dataError,
  toSaved,
  type DataError,
  type ReadContext,
  type Saved,
  type WriteContext,
} from './write-result.ts';

export type InvalidScenario = DataError<'invalid_scenario'> & { issues: ScenarioIssue[] };

/**
 * Stores a scenario file a trainer imported. The text is parsed with the engine first, so only a scenario the
 * app can play is kept, and its id, version and title come from the file itself. The same id again replaces it.
 */
export async function saveImportedScenario(
  text: string,
  context: WriteContext = {},
): Promise<Saved<ImportedScenario, InvalidScenario>> {
  const { db = appDb, now = Date.now() } = context;
  // the YAML parser and the scenario schema (full zod) load only when a trainer imports a file
  const { parseScenario } = await import('../engine/scenario/parse-scenario.ts');
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return {
      ok: false,
      error: {
        ...dataError('invalid_scenario', first?.message ?? 'the scenario is not valid', {
          count: parsed.issues.length,
        }),
        issues: parsed.issues,
      },
    };
  }
  const { id, version, title } = parsed.scenario;
  const row: ImportedScenario = { id, version, title, text, importedAt: now };
  const outcome = await runWrite(() => db.scenarios.put(row), { key: `scenario:${id}` });
  return toSaved(outcome, row);
}

/** imported scenarios, the latest import first */
export function listImportedScenarios(context: ReadContext = {}): Promise<RowsResult<ImportedScenario>> {
  const { db = appDb } = context;
  return readRows(async () => {
    const raws = await db.scenarios.orderBy('importedAt').reverse().toArray();
    return checkRows(importedScenarioSchema, 'scenarios', raws, keyOf('id'));
  });
}

export function getImportedScenario(
  id: string,
  context: ReadContext = {},
): Promise<RowResult<ImportedScenario>> {
  const { db = appDb } = context;
  return readRow(async () => checkRow(importedScenarioSchema, 'scenarios', await db.scenarios.get(id), id));
}

/** attempts at the scenario stay: they hold their own transcript and scorecard */
export async function deleteImportedScenario(id: string, context: ReadContext = {}): Promise<Saved<void>> {
  const { db = appDb } = context;
  const outcome = await runWrite(() => db.scenarios.delete(id), { key: `scenario:${id}` });
  return toSaved(outcome, undefined);
}
