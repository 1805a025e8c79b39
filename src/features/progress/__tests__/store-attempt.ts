import { finishAttempt, startAttempt } from '../../../data/attempt-repository.ts';
import type { AttemptMode } from '../../../data/entities.ts';
import type { AttemptId, TraineeId } from '../../../data/ids.ts';
import { builtinLibrary } from '../../../data/scenario-library.ts';
import { createTrainee } from '../../../data/trainee-repository.ts';
import type { CompiledScenario, Locale } from '../../../engine/scenario/index.ts';
import { scoreSession } from '../../../engine/scoring/index.ts';
import { parseScript, runScript } from '../../../engine/session/index.ts';

export async function newTrainee(name = 'Ana'): Promise<TraineeId> {
  const result = await createTrainee(name, { now: 1 });
  if (!result.ok) throw new Error(`createTrainee: ${result.error.code}`);
  return result.value.id;
}

export function builtin(id: string): CompiledScenario {
  const entry = builtinLibrary().entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no built-in scenario ${id}`);
  return entry.compiled;
}

export interface PlayOptions {
  traineeId: TraineeId;
  compiled: CompiledScenario;
  /** one reply per line, `/action`, `/wait N` (the engine's script format) */
  script: string;
  locale?: Locale;
  mode?: AttemptMode;
  /** wall-clock start of the attempt */
  now?: number;
  /** false: leave the attempt in progress */
  finish?: boolean;
}

/** plays a script with the engine, as the app would, and stores the attempt through the repository */
export async function playAndStore({
  traineeId,
  compiled,
  script,
  locale = 'en',
  mode = 'practice',
  now = Date.UTC(2025, 4, 1, 9),
  finish = true,
}: PlayOptions): Promise<AttemptId> {
  const { steps, issues } = parseScript(script);
  if (issues.length > 0) throw new Error(`bad script: ${JSON.stringify(issues)}`);
  const { session } = runScript(compiled, { locale, seed: 'test' }, steps);
  const started = await startAttempt(
    {
      traineeId,
      scenarioId: compiled.scenario.id,
      scenarioVersion: compiled.scenario.version,
      locale,
      mode,
      seed: 'test',
      progress: session,
    },
    { now },
  );
  if (!started.ok) throw new Error(`startAttempt: ${started.error.code}`);
  if (finish) {
    const card = scoreSession(compiled, session.transcript);
    const done = await finishAttempt(started.value.id, card, session, { now: now + card.duration });
    if (!done.ok) throw new Error(`finishAttempt: ${done.error.code}`);
  }
  return started.value.id;
}

export const GOOD_EN = [
  "I'm really sorry you've been locked out all morning, especially with a meeting coming up. Which device are you using, and what exactly does the error say?",
  'So the iPhone app first rejected your password and has now locked the account after too many attempts, and the in-app reset sends nothing, right?',
  '/send_official_link',
  "I've just sent you our official password reset link. It takes about 5 minutes to set a new password, and I'll check back with you in 15 minutes to make sure you're in. Does that work?",
  "Great to hear you're back in! Sorry again for the stressful morning, and good luck with the meeting.",
].join('\n');

/** no warmth at all, but the right questions, the link, a time frame and follow-up */
export const COLD_EN = [
  'Which device are you on and what does the error say?',
  'So the app locked your account after too many attempts?',
  '/send_official_link',
  "Use the reset link I sent. It takes 5 minutes. I'll check back in 15 minutes.",
  'OK.',
].join('\n');

/** a dismissive and a blame-shifting phrase in one reply; the customer leaves */
export const BLAME_EN = [
  'Which device are you on and what does the error say?',
  "Nobody else has this problem, it's not my department.",
].join('\n');
