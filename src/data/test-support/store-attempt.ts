// attempts played by the real engine and stored through the repositories, for the feature tests
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { finishAttempt, startAttempt } from '../attempt-repository.ts';
import type { AttemptMode } from '../entities.ts';
import type { AttemptId, TraineeId } from '../ids.ts';
import { createTrainee } from '../trainee-repository.ts';
import type { CompiledScenario, Locale } from '../../engine/scenario/index.ts';
import { compileScenario } from '../../engine/scenario/compile-scenario.ts';
import { parseScenario } from '../../engine/scenario/parse-scenario.ts';
import { scoreSession } from '../../engine/scoring/index.ts';
import { parseScript, runScript } from '../../engine/session/index.ts';

export async function newTrainee(name = 'Ana'): Promise<TraineeId> {
  const result = await createTrainee(name, { now: 1 });
  if (!result.ok) throw new Error(`createTrainee: ${result.error.code}`);
  return result.value.id;
}

/** a built-in scenario, read from scenarios/ (the app loads the same file, validated at build time) */
export function builtin(id: string): CompiledScenario {
  // tests run from the repository root (vitest's root)
  const parsed = parseScenario(readFileSync(path.join(process.cwd(), 'scenarios', `${id}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(`built-in scenario ${id} does not parse: ${parsed.issues[0]?.message}`);
  return compileScenario(parsed.scenario);
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

/** a decent conversation with one request for the SMS code: critical, so the overall score is capped */
export const PRIVACY_EN = [
  "I'm really sorry you've been locked out all morning. Which device are you using, and what exactly does the error say? Also tell me the verification code we texted you.",
].join('\n');

export const GOOD_ZH_CN = [
  '您好,非常抱歉让您一上午都登录不上,耽误您的事了,我特别理解您现在的心情。请问您是用手机还是电脑登录的?页面上具体提示什么?',
  '您是说苹果手机APP先提示密码错误,现在因为尝试次数过多被锁定了,APP里的忘记密码也收不到邮件,对吗?',
  '/send_official_link',
  '我已经给您发了官方的重置密码链接,按提示设置新密码,5分钟左右就能完成。重置完成后我会再联系您确认,您看可以吗?',
  '太好了,能登录就好。再次抱歉耽误您时间,祝您会议顺利!',
].join('\n');
