import { summarizeConversation } from '../engine/progress/progress.ts';
import type { Attempt, AttemptSummaryRow } from './entities.ts';

/** the summary row of an attempt: what lists, charts and best scores read instead of the whole attempt */
export function summarizeAttempt(attempt: Attempt): AttemptSummaryRow {
  const conversation = summarizeConversation(attempt.transcript, attempt.scorecard);
  const overall = conversation.overall ?? attempt.overall;
  return {
    id: attempt.id,
    traineeId: attempt.traineeId,
    scenarioId: attempt.scenarioId,
    scenarioVersion: attempt.scenarioVersion,
    locale: attempt.locale,
    mode: attempt.mode,
    status: attempt.status,
    startedAt: attempt.startedAt,
    updatedAt: attempt.updatedAt,
    ...(attempt.finishedAt !== undefined && { finishedAt: attempt.finishedAt }),
    ...(attempt.outcome !== undefined && { outcome: attempt.outcome }),
    ...conversation,
    ...(overall !== undefined && { overall }),
  };
}
