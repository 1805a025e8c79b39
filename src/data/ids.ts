import * as v from 'valibot';

// the uuid zod accepted (RFC 9562 versions 1-8, the nil and the max uuid), so stored ids stay valid
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

export const traineeIdSchema = v.pipe(v.string(), v.regex(UUID, 'Invalid UUID'), v.brand('TraineeId'));
export const attemptIdSchema = v.pipe(v.string(), v.regex(UUID, 'Invalid UUID'), v.brand('AttemptId'));

/** a trainee's id: a uuid, the same on every device the trainee's bundle travels to */
export type TraineeId = v.InferOutput<typeof traineeIdSchema>;
/** an attempt's id: a uuid, so bundles from several devices merge without clashes */
export type AttemptId = v.InferOutput<typeof attemptIdSchema>;

export function isTraineeId(value: unknown): value is TraineeId {
  return v.is(traineeIdSchema, value);
}

export function isAttemptId(value: unknown): value is AttemptId {
  return v.is(attemptIdSchema, value);
}

export function newTraineeId(): TraineeId {
  return v.parse(traineeIdSchema, crypto.randomUUID());
}

export function newAttemptId(): AttemptId {
  return v.parse(attemptIdSchema, crypto.randomUUID());
}
