import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompiledScenario } from '../../../engine/scenario/compile-scenario.ts';
import type { Locale, Priority, ToolActionId } from '../../../engine/scenario/constants.ts';
import { createSession, replaySession } from '../../../engine/session/session.ts';
import type { Clock, Session, SessionError, SessionInputRecord } from '../../../engine/session/session.ts';
import { deferredReader, loadAnalyzerKit, loadedAnalyzerKit } from '../analyzer-loader.ts';

/** a performance mark set when the conversation can start (the benchmark counts the JavaScript loaded before it) */
export const CONVERSATION_READY_MARK = 'parley:conversation-ready';

/** why a reply was not taken: the session refused it, or the analyzer could not be loaded to read it */
export type ReplyProblem = SessionError | { code: 'analyzer_unavailable'; message: string };

export interface ConversationOptions {
  compiled: CompiledScenario;
  locale: Locale;
  seed: string;
  /** the saved inputs of an unfinished attempt, to resume exactly where it was (load the analyzer kit first) */
  resume?: readonly SessionInputRecord[];
  clock?: Clock;
  /** how often silence is checked, ms */
  tickMs?: number;
  /** after every step that changed the conversation: save it */
  onProgress?: (session: Session) => void;
  /** once, when the conversation reaches an end */
  onEnd?: (session: Session) => void;
}

const defaultClock: Clock = () => performance.now();

/**
 * The running conversation: the engine's session (an XState actor underneath) with React state around it. The UI
 * reads the mood and the beat from the actor and the transcript from the session; it holds no scoring logic.
 */
export function useConversation({
  compiled,
  locale,
  seed,
  resume,
  clock = defaultClock,
  tickMs = 1000,
  onProgress,
  onEnd,
}: ConversationOptions) {
  const [session] = useState<Session>(() =>
    resume && resume.length > 0
      ? replaySession(compiled, { locale, seed, clock, reader: deferredReader }, resume)
      : createSession(compiled, { locale, seed, clock, reader: deferredReader }),
  );
  const [view, setView] = useState(() => ({ transcript: [...session.transcript], state: session.state() }));
  const [waited, setWaited] = useState(0);
  const ended = useSelector(session.actor, (s) => s.status === 'done');
  const mood = useSelector(session.actor, (s) => s.context.mood);
  const beat = useSelector(session.actor, (s) => s.context.beat);
  const callbacks = useRef({ onProgress, onEnd });
  useEffect(() => {
    callbacks.current = { onProgress, onEnd };
  });
  const endReported = useRef(false);

  const changed = useCallback(() => {
    // the transcript array grows in place; a copy per change lets React see it
    setView({ transcript: [...session.transcript], state: session.state() });
    callbacks.current.onProgress?.(session);
    if (session.state().ended && !endReported.current) {
      endReported.current = true;
      callbacks.current.onEnd?.(session);
    }
  }, [session]);

  useEffect(() => {
    // a resumed attempt may already have ended (e.g. saved just before the end was recorded)
    if (session.state().ended && !endReported.current) changed();
  }, [session, changed]);

  useEffect(() => {
    // the conversation can start; the analyzer loads and compiles its lexicons (a few hundred ms) while the
    // trainee reads the opening line, not when they press Enter on their first reply
    if (typeof performance.mark === 'function') performance.mark(CONVERSATION_READY_MARK);
    let live = true;
    let stopWarming = () => undefined as void;
    const id = setTimeout(() => {
      loadAnalyzerKit().then(
        (kit) => {
          if (live) stopWarming = kit.warmLexicons(locale);
        },
        () => undefined, // told on the first reply, which tries again
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(id);
      stopWarming();
    };
  }, [locale]);

  useEffect(() => {
    if (ended) return undefined;
    const id = setInterval(() => {
      const before = session.transcript.length;
      session.tick();
      setWaited(session.waiting());
      if (session.transcript.length !== before) changed();
    }, tickMs);
    return () => clearInterval(id);
  }, [session, ended, tickMs, changed]);

  const reply = useCallback(
    (text: string): ReplyProblem | null | Promise<ReplyProblem | null> => {
      const now = (): SessionError | null => {
        const result = session.reply(text);
        if (!result.ok) return result.error;
        setWaited(0);
        changed();
        return null;
      };
      // almost always loaded by now; a reply sent within the first moments waits for it
      if (loadedAnalyzerKit()) return now();
      return loadAnalyzerKit().then(now, (error: unknown) => ({
        code: 'analyzer_unavailable' as const,
        message: error instanceof Error ? error.message : String(error),
      }));
    },
    [session, changed],
  );

  const act = useCallback(
    (action: ToolActionId, priority?: Priority): SessionError | null => {
      const result = session.act(action, priority);
      if (!result.ok) return result.error;
      changed();
      return null;
    },
    [session, changed],
  );

  return { session, transcript: view.transcript, state: view.state, mood, beat, ended, waited, reply, act };
}
