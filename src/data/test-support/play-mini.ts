import MINI from '../../engine/scenario/fixtures/mini.yaml?raw';
import { compileScenario, parseScenario, type CompiledScenario } from '../../engine/scenario/index.ts';
import { scoreSession, type Scorecard } from '../../engine/scoring/index.ts';
import { replyReader } from '../../engine/scoring/reply-reader.ts';
import { createSession, type Session } from '../../engine/session/index.ts';

/** the engine's small login scenario, played by real engine code, so stored rows have the shapes the app stores */
export const MINI_TEXT = MINI;
export const MINI_ID = 'mini-login';

export function compileMini(): CompiledScenario {
  const parsed = parseScenario(MINI);
  if (!parsed.ok) throw new Error(`mini.yaml does not parse: ${JSON.stringify(parsed.issues)}`);
  return compileScenario(parsed.scenario);
}

export interface Played {
  compiled: CompiledScenario;
  session: Session;
  advance: (seconds: number) => void;
}

export function startMini(seed = 'seed-1'): Played {
  let now = 0;
  const compiled = compileMini();
  const session = createSession(compiled, { locale: 'en', seed, clock: () => now, reader: replyReader });
  return { compiled, session, advance: (seconds) => (now += seconds * 1000) };
}

/** a conversation that reaches the resolved end, with its scorecard */
export function playMiniToEnd(seed = 'seed-1'): Played & { scorecard: Scorecard } {
  const played = startMini(seed);
  const { session, advance } = played;
  advance(12);
  session.reply("I'm so sorry you're locked out. What error do you see?");
  advance(10);
  session.act('send_official_link');
  advance(15);
  session.reply(
    "I've sent you the official reset link; I'll check back within 10 minutes to make sure it worked.",
  );
  return { ...played, scorecard: scoreSession(played.compiled, session.transcript) };
}
