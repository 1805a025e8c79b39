export { createSession, replaySession } from './session.ts';
export type {
  ActionEntry,
  AgentEntry,
  Clock,
  CustomerEntry,
  EndEntry,
  Session,
  SessionError,
  SessionErrorCode,
  SessionInputRecord,
  SessionOptions,
  SessionState,
  SilenceEntry,
  StepResult,
  TranscriptEntry,
} from './session.ts';
export { parseScript, runScript, SCRIPTED_ACTION_SECONDS, SCRIPTED_REPLY_SECONDS } from './script.ts';
export type { ScriptIssue, ScriptRun, ScriptStep } from './script.ts';
export { beatsVisited, goldenFileSchema, runGolden } from './golden.ts';
export { adviseNext } from './advice.ts';
export type { AdviceCode } from './advice.ts';
export type { GoldenFile, GoldenResult, GoldenTranscript } from './golden.ts';
