import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Emotion } from '../../../engine/scoring/index.ts';
import { adviseNext, type AdviceCode } from '../../../engine/session/advice.ts';
import type { TranscriptEntry } from '../../../engine/session/session.ts';
import { defaultTypingDelay } from '../typing-delay.ts';
import { CoachingCard } from './coaching-card.tsx';

interface ChatLogProps {
  transcript: readonly TranscriptEntry[];
  customerName: string;
  /** the language of the customer's lines, for screen readers and fonts */
  lang: string;
  coaching: boolean;
  emotion: Emotion;
  typingDelay?: (text: string) => number;
}

/** how far the log shows: up to `revealed`, and on past the trainee's own lines and actions, which need no typing */
function shownUpTo(transcript: readonly TranscriptEntry[], revealed: number): number {
  let end = Math.min(revealed, transcript.length);
  while (end < transcript.length && transcript[end]!.kind !== 'customer') end += 1;
  return end;
}

function sameAdvice(a: readonly AdviceCode[] | undefined, b: readonly AdviceCode[] | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((c, i) => c === b[i]))
  );
}

interface ChatLineProps {
  entry: TranscriptEntry;
  customerName: string;
  lang: string;
  /** practice mode: the coaching for an agent line */
  advice: readonly AdviceCode[] | undefined;
}

/**
 * One line of the log. Lines never change once said, so a line renders once: a new reply renders its own line and
 * coaching card, not every card before it.
 */
const ChatLine = memo(
  function ChatLine({ entry, customerName, lang, advice }: ChatLineProps) {
    const { t } = useTranslation();
    switch (entry.kind) {
      case 'customer':
        return (
          <li className="chat__line chat__line--customer">
            <span className="chat__who">{customerName}</span>
            <p className="chat__text" lang={lang}>
              {entry.text}
            </p>
          </li>
        );
      case 'agent':
        return (
          <li className="chat__line chat__line--agent">
            <span className="chat__who">{t('play.you')}</span>
            <p className="chat__text">{entry.text}</p>
            {advice ? <CoachingCard analysis={entry.analysis} advice={advice} /> : null}
          </li>
        );
      case 'action':
        return (
          <li className="chat__line chat__line--event">
            {t('play.actions.taken', {
              action:
                t(`play.action.${entry.action}`) +
                (entry.priority ? ` (${t(`play.actions.priorityValue.${entry.priority}`)})` : ''),
            })}
          </li>
        );
      case 'silence':
        return entry.fired.length > 0 ? (
          <li className="chat__line chat__line--event">{t('play.silence', { seconds: entry.seconds })}</li>
        ) : null;
      default:
        return null;
    }
  },
  (a, b) =>
    a.entry === b.entry &&
    a.customerName === b.customerName &&
    a.lang === b.lang &&
    sameAdvice(a.advice, b.advice),
);

/**
 * The conversation, announced to screen readers as it grows. The customer's lines appear after a short typing
 * delay; the trainee's own reply (with its coaching card) and actions appear at once.
 */
export function ChatLog({
  transcript,
  customerName,
  lang,
  coaching,
  emotion,
  typingDelay = defaultTypingDelay,
}: ChatLogProps) {
  const { t } = useTranslation();
  // a resumed conversation shows what was already said at once
  const [revealed, setRevealed] = useState(() => transcript.length);
  const end = shownUpTo(transcript, revealed);
  // the customer's line being typed, if any
  const entry = transcript[end];
  const next = entry?.kind === 'customer' ? entry : undefined;

  useEffect(() => {
    if (!next) return undefined;
    const id = setTimeout(() => setRevealed(end + 1), typingDelay(next.text));
    return () => clearTimeout(id);
  }, [next, end, typingDelay]);

  return (
    <div className="chat">
      {/* the log role sits on a wrapper so the list keeps its list semantics */}
      <div role="log" aria-live="polite" aria-label={t('play.transcriptLabel')}>
        <ol className="chat__log">
          {transcript.slice(0, end).map((entry, i) => (
            <ChatLine
              key={i}
              entry={entry}
              customerName={customerName}
              lang={lang}
              advice={
                coaching && entry.kind === 'agent'
                  ? adviseNext(transcript.slice(0, i + 1), emotion, entry.mood)
                  : undefined
              }
            />
          ))}
        </ol>
      </div>
      {next ? (
        <p className="chat__typing" aria-hidden="true">
          {t('play.typing', { name: customerName })}
        </p>
      ) : null}
    </div>
  );
}
