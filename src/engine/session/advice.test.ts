import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../scoring/analyze-reply.ts';
import { adviseNext } from './advice.ts';
import type { AgentEntry, TranscriptEntry } from './session.ts';

function agent(text: string): AgentEntry {
  return {
    kind: 'agent',
    at: 0,
    beat: 'b',
    text,
    analysis: analyzeReply(text, { lang: 'en' }),
    fired: [],
    waited: 0,
    mood: 5,
    flags: [],
  };
}

describe('adviseNext', () => {
  it('tells the trainee to apologise first to an angry customer before anything else', () => {
    expect(adviseNext([], 'anger', 8)).toEqual(['apologise_first', 'ask_clarifying_question']);
  });

  it('asks for a time commitment when an anxious customer has none yet', () => {
    expect(
      adviseNext([agent('I understand how stressful this is. Which file fails to upload?')], 'anxiety', 7),
    ).toEqual(['give_time_commitment', 'restate_problem']);
  });

  it('names the forbidden phrase first', () => {
    expect(adviseNext([agent("Calm down, you're overreacting.")], 'anger', 8)[0]).toBe('avoid_forbidden');
  });

  it('moves along the four steps as they are done', () => {
    const done: TranscriptEntry[] = [
      agent("I'm so sorry. What error do you see?"),
      agent('So the app says your password is wrong, right?'),
      agent("I've reset it for you; it will work within 10 minutes."),
    ];
    expect(adviseNext(done, 'anger', 4)).toEqual(['promise_followup']);
    expect(
      adviseNext([...done, agent("I'll message you in an hour to make sure you're in.")], 'anger', 3),
    ).toEqual(['keep_going']);
  });
});
