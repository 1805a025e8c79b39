import type { DataIssue } from './data-issue.ts';
import { db as appDb } from './db.ts';
import { SETTING_DEFAULTS, type SettingKey, type SettingRow, type SettingValues } from './entities.ts';
import { readFailedIssue } from './read-rows.ts';
import { parseRow, settingSchemas } from './schemas.ts';
import { runWrite } from './storage-status.ts';
import { dataError, toSaved, type DataError, type ReadContext, type Saved } from './write-result.ts';

export interface SettingRead<K extends SettingKey> {
  /** the stored value, or the default when none is stored or the stored one is unreadable */
  value: SettingValues[K];
  issue: DataIssue | null;
}

/** the row for a key; the cast is safe because the value was checked against that key's schema */
function rowOf<K extends SettingKey>(key: K, value: SettingValues[K]): SettingRow {
  return { key, value } as SettingRow;
}

export async function getSetting<K extends SettingKey>(
  key: K,
  context: ReadContext = {},
): Promise<SettingRead<K>> {
  const { db = appDb } = context;
  try {
    const row = await db.settings.get(key);
    if (row === undefined) return { value: SETTING_DEFAULTS[key], issue: null };
    const parsed = parseRow(settingSchemas[key], row.value);
    if (parsed.success) return { value: parsed.output, issue: null };
    const message = parsed.issues[0].message;
    return {
      value: SETTING_DEFAULTS[key],
      issue: {
        code: 'invalid_row',
        severity: 'warning',
        path: ['value'],
        message,
        params: { table: 'settings', key },
      },
    };
  } catch (error) {
    return { value: SETTING_DEFAULTS[key], issue: readFailedIssue(error) };
  }
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValues[K],
  context: ReadContext = {},
): Promise<Saved<SettingValues[K], DataError<'invalid_setting'>>> {
  const { db = appDb } = context;
  const parsed = parseRow(settingSchemas[key], value);
  if (!parsed.success) {
    return {
      ok: false,
      error: dataError('invalid_setting', `'${String(value)}' is not a valid ${key}`, { key }),
    };
  }
  const outcome = await runWrite(() => db.settings.put(rowOf(key, parsed.output)), { key: `setting:${key}` });
  return toSaved(outcome, parsed.output);
}
