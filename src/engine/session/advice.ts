import type { Emotion } from '../scoring/types.ts';
import type { TranscriptEntry } from './session.ts';

/** what the trainee should do next, as codes rendered through i18n (`play.advice.<code>`) */
export type AdviceCode =
  | 'avoid_forbidden'
  | 'apologise_first'
  | 'give_time_commitment'
  | 'ask_clarifying_question'
  | 'restate_problem'
  | 'offer_solution'
  | 'give_timeline'
  | 'promise_followup'
  | 'keep_going';

/**
 * Practice-mode advice from the conversation so far: the four-step complaint handling (apologise, restate, solve
 * with a time frame, follow up) read against what the agent has already done and how the customer feels now.
 */
export function adviseNext(
  transcript: readonly TranscriptEntry[],
  emotion: Emotion,
  mood: number,
  limit = 2,
): AdviceCode[] {
  const replies = transcript.filter((e) => e.kind === 'agent');
  const last = replies[replies.length - 1];
  const did = (
    k: 'empathy' | 'apology' | 'question' | 'restatement' | 'solution' | 'timeline' | 'followup',
  ) => replies.some((r) => r.analysis[k].fired);
  const advice: AdviceCode[] = [];
  if (last && last.analysis.forbidden.length > 0) advice.push('avoid_forbidden');
  const warmLast = last ? last.analysis.empathy.fired || last.analysis.apology.fired : false;
  if (mood >= 6 && emotion === 'anger' && !warmLast) advice.push('apologise_first');
  if (mood >= 5 && emotion === 'anxiety' && !did('timeline')) advice.push('give_time_commitment');
  if (!did('question')) advice.push('ask_clarifying_question');
  else if (!did('restatement')) advice.push('restate_problem');
  if (!did('solution')) advice.push('offer_solution');
  else if (!did('timeline')) advice.push('give_timeline');
  else if (!did('followup')) advice.push('promise_followup');
  if (advice.length === 0) advice.push('keep_going');
  return [...new Set(advice)].slice(0, limit);
}
