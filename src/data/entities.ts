import type { AttemptSummary } from '../engine/progress/index.ts';
import type { Locale, LocalizedText, Outcome } from '../engine/scenario/index.ts';
import type { Scorecard } from '../engine/scoring/index.ts';
import type { SessionInputRecord, TranscriptEntry } from '../engine/session/index.ts';
import type { AttemptId, TraineeId } from './ids.ts';

/** times in these rows are wall-clock epoch milliseconds; transcript times are ms since the conversation began */

export interface Trainee {
  id: TraineeId;
  /** trimmed, 1-40 characters */
  name: string;
  createdAt: number;
  lastActiveAt: number;
}

export const ATTEMPT_MODES = ['practice', 'exam'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export const ATTEMPT_STATUSES = ['in_progress', 'finished', 'abandoned'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export interface MoodPoint {
  at: number;
  mood: number;
}

/** what the session has produced so far; saved after every reply */
export interface AttemptProgress {
  /** the agent's inputs with times: `replaySession` rebuilds the conversation from these */
  log: SessionInputRecord[];
  transcript: TranscriptEntry[];
  moodTrace: MoodPoint[];
}

export interface Attempt extends AttemptProgress {
  id: AttemptId;
  traineeId: TraineeId;
  scenarioId: string;
  scenarioVersion: number;
  locale: Locale;
  mode: AttemptMode;
  seed: string;
  status: AttemptStatus;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  scorecard?: Scorecard;
  /** copied from the scorecard so lists and best scores need not open it */
  overall?: number;
  outcome?: Outcome | null;
}

/**
 * A few numbers of one attempt for lists, charts, best scores and suggestions, kept in `attemptSummaries` beside
 * the attempt and written in the same transaction (`summarizeAttempt`), so those pages never open transcripts.
 */
export interface AttemptSummaryRow extends AttemptSummary {
  id: AttemptId;
  traineeId: TraineeId;
  scenarioVersion: number;
  locale: Locale;
  mode: AttemptMode;
  status: AttemptStatus;
  updatedAt: number;
  outcome?: Outcome | null;
}

/** the unsent reply a trainee was typing, one per trainee and scenario */
export interface Draft {
  /** `${traineeId}|${scenarioId}` */
  id: string;
  traineeId: TraineeId;
  scenarioId: string;
  text: string;
  updatedAt: number;
}

/** app-wide preferences kept on the device */
export interface SettingValues {
  /** the interface language the user picked; null follows the browser */
  language: Locale | null;
  /** the trainee whose progress is shown; null until one is picked */
  currentTraineeId: TraineeId | null;
}
export type SettingKey = keyof SettingValues;
export type SettingRow = { [K in SettingKey]: { key: K; value: SettingValues[K] } }[SettingKey];

export const SETTING_DEFAULTS: Readonly<SettingValues> = { language: null, currentTraineeId: null };

/** a scenario file a trainer imported on this device; built-in scenarios are bundled, not stored */
export interface ImportedScenario {
  /** the scenario's own id, from the file */
  id: string;
  version: number;
  title: LocalizedText;
  /** the YAML or JSON source, exactly as imported */
  text: string;
  importedAt: number;
}
