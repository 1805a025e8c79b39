import * as z from 'zod/mini';
import './zod-locale.ts';

export const traineeIdSchema = z.uuid().brand<'TraineeId'>();
export const attemptIdSchema = z.uuid().brand<'AttemptId'>();

/** a trainee's id: a uuid, the same on every device the trainee's bundle travels to */
export type TraineeId = z.output<typeof traineeIdSchema>;
/** an attempt's id: a uuid, so bundles from several devices merge without clashes */
export type AttemptId = z.output<typeof attemptIdSchema>;

export function isTraineeId(value: unknown): value is TraineeId {
  return traineeIdSchema.safeParse(value).success;
}

export function isAttemptId(value: unknown): value is AttemptId {
  return attemptIdSchema.safeParse(value).success;
}

export function newTraineeId(): TraineeId {
  return traineeIdSchema.parse(crypto.randomUUID());
}

export function newAttemptId(): AttemptId {
  return attemptIdSchema.parse(crypto.randomUUID());
}
