import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Emotion } from '../../../engine/scoring/index.ts';
import { adviseNext } from '../../../engine/session/advice.ts';
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

/** the conversation, announced to screen readers as it grows; customer lines appear after a short typing delay */
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
  const next = transcript[revealed];

  useEffect(() => {
    if (!next) return undefined;
    const delay = next.kind === 'customer' ? typingDelay(next.text) : 0;
    const id = setTimeout(() => setRevealed((r) => r + 1), delay);
    return () => clearTimeout(id);
  }, [next, typingDelay]);

  const shown = transcript.slice(0, revealed);
  const typing = next?.kind === 'customer';

  return (
    <div className="chat">
      {/* the log role sits on a wrapper so the list keeps its list semantics */}
      <div role="log" aria-live="polite" aria-label={t('play.transcriptLabel')}>
        <ol className="chat__log">
          {shown.map((entry, i) => {
            switch (entry.kind) {
              case 'customer':
                return (
                  <li key={i} className="chat__line chat__line--customer">
                    <span className="chat__who">{customerName}</span>
                    <p className="chat__text" lang={lang}>
                      {entry.text}
                    </p>
                  </li>
                );
              case 'agent':
                return (
                  <li key={i} className="chat__line chat__line--agent">
                    <span className="chat__who">{t('play.you')}</span>
                    <p className="chat__text">{entry.text}</p>
                    {coaching ? (
                      <CoachingCard
                        analysis={entry.analysis}
                        advice={adviseNext(transcript.slice(0, i + 1), emotion, entry.mood)}
                      />
                    ) : null}
                  </li>
                );
              case 'action':
                return (
                  <li key={i} className="chat__line chat__line--event">
                    {t('play.actions.taken', {
                      action:
                        t(`play.action.${entry.action}`) +
                        (entry.priority ? ` (${t(`play.actions.priorityValue.${entry.priority}`)})` : ''),
                    })}
                  </li>
                );
              case 'silence':
                return entry.fired.length > 0 ? (
                  <li key={i} className="chat__line chat__line--event">
                    {t('play.silence', { seconds: entry.seconds })}
                  </li>
                ) : null;
              default:
                return null;
            }
          })}
        </ol>
      </div>
      {typing ? (
        <p className="chat__typing" aria-hidden="true">
          {t('play.typing', { name: customerName })}
        </p>
      ) : null}
    </div>
  );
}
