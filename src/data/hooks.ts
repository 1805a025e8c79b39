import { useLiveQuery } from 'dexie-react-hooks';
import {
  getAttempt,
  getBestScores,
  getUnfinishedAttempt,
  listAttempts,
  listAttemptSummaries,
  type BestScore,
} from './attempt-repository.ts';
import type { RowResult, RowsResult } from './data-issue.ts';
import type {
  Attempt,
  AttemptSummaryRow,
  ImportedScenario,
  SettingKey,
  SettingValues,
  Trainee,
} from './entities.ts';
import type { AttemptId, TraineeId } from './ids.ts';
import { listImportedScenarios } from './scenario-repository.ts';
import { getSetting } from './settings-repository.ts';
import { useStorageStatus } from './storage-status.ts';
import { getTrainee, listTrainees } from './trainee-repository.ts';

/**
 * Live reads of the app's database for components. Each hook returns `undefined` while the first read is under
 * way, then the result, and re-renders when the data changes, in this tab or another tab of the same origin.
 * Reads never throw: a row that fails its schema, or storage that cannot be read, comes back as an issue
 * (`RowsResult.issues`, `RowResult` with `ok: false`), and storage problems also show in `useStorageStatus`.
 */

const NO_ROWS: RowsResult<never> = { rows: [], issues: [] };
const NO_ROW: RowResult<never> = { ok: true, row: null };

/** live queries that failed run again once storage recovers */
function useEpoch(): number {
  return useStorageStatus((s) => s.epoch);
}

/** every trainee, the most recently active first */
export function useTrainees(): RowsResult<Trainee> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => listTrainees(), [epoch]);
}

/** the trainee picked in settings; `row: null` when none is picked or they were deleted */
export function useCurrentTrainee(): RowResult<Trainee> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(async () => {
    const { value } = await getSetting('currentTraineeId');
    return value === null ? NO_ROW : getTrainee(value);
  }, [epoch]);
}

/**
 * A trainee's attempt summaries, the newest first; empty for no trainee. Lists, charts and suggestions use these:
 * they stay small however long the history, where whole attempts carry every transcript and scorecard.
 */
export function useAttemptSummaries(
  traineeId: TraineeId | null | undefined,
): RowsResult<AttemptSummaryRow> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => (traineeId ? listAttemptSummaries(traineeId) : NO_ROWS), [traineeId, epoch]);
}

/** a trainee's whole attempts, the newest first; empty for no trainee (prefer `useAttemptSummaries` for lists) */
export function useAttempts(traineeId: TraineeId | null | undefined): RowsResult<Attempt> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => (traineeId ? listAttempts(traineeId) : NO_ROWS), [traineeId, epoch]);
}

export function useAttempt(id: AttemptId | null | undefined): RowResult<Attempt> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => (id ? getAttempt(id) : NO_ROW), [id, epoch]);
}

/** the attempt to offer for resuming, `row: null` when there is none */
export function useUnfinishedAttempt(
  traineeId: TraineeId | null | undefined,
  scenarioId: string | null | undefined,
): RowResult<Attempt> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(
    () => (traineeId && scenarioId ? getUnfinishedAttempt(traineeId, scenarioId) : NO_ROW),
    [traineeId, scenarioId, epoch],
  );
}

/** per scenario, the trainee's best finished attempt */
export function useBestScores(traineeId: TraineeId | null | undefined): RowsResult<BestScore> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => (traineeId ? getBestScores(traineeId) : NO_ROWS), [traineeId, epoch]);
}

/** a setting's value (its default when unset or unreadable) */
export function useSetting<K extends SettingKey>(key: K): SettingValues[K] | undefined {
  const epoch = useEpoch();
  return useLiveQuery(async () => (await getSetting(key)).value, [key, epoch]);
}

/** scenarios imported on this device, the latest first */
export function useImportedScenarios(): RowsResult<ImportedScenario> | undefined {
  const epoch = useEpoch();
  return useLiveQuery(() => listImportedScenarios(), [epoch]);
}
