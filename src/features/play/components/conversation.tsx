import '../play.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../../engine/scenario/compile-scenario.ts';
import type { Locale, Priority, ToolActionId } from '../../../engine/scenario/constants.ts';
import { localize } from '../../../engine/scenario/lines.ts';
import type { Session, SessionInputRecord } from '../../../engine/session/session.ts';
import { useConversation, type ReplyProblem } from '../hooks/use-conversation.ts';
import { ActionBar } from './action-bar.tsx';
import { ChatLog } from './chat-log.tsx';
import { MoodMeter } from './mood-meter.tsx';
import { ReplyBox } from './reply-box.tsx';

export type PlayMode = 'practice' | 'exam';

export interface ConversationProps {
  compiled: CompiledScenario;
  locale: Locale;
  seed: string;
  mode: PlayMode;
  resume?: readonly SessionInputRecord[];
  initialDraft?: string;
  typingDelay?: (text: string) => number;
  onDraftChange?: (text: string) => void;
  onProgress?: (session: Session) => void;
  onEnd?: (session: Session) => void;
  /** shown once the conversation has ended, e.g. a link to the debrief */
  endSlot?: React.ReactNode;
}

export function Conversation(props: ConversationProps) {
  const {
    compiled,
    locale,
    seed,
    mode,
    resume,
    initialDraft,
    typingDelay,
    onDraftChange,
    onProgress,
    onEnd,
    endSlot,
  } = props;
  const { t } = useTranslation();
  const { transcript, state, mood, ended, waited, reply, act } = useConversation({
    compiled,
    locale,
    seed,
    ...(resume && { resume }),
    ...(onProgress && { onProgress }),
    ...(onEnd && { onEnd }),
  });
  const [actionError, setActionError] = useState<string | null>(null);
  const { scenario } = compiled;
  const name = localize(scenario.persona.name, locale);

  const describeError = (error: ReplyProblem): string => {
    if (error.code === 'analyzer_unavailable') return t('play.reply.error.analyzer_unavailable');
    const reason = error.params?.reason;
    if (
      error.code === 'invalid_reply' &&
      (reason === 'empty_text' || reason === 'text_too_long' || reason === 'invalid_utf16')
    ) {
      return t(`play.reply.error.${reason}`);
    }
    return t('play.reply.error.other', { message: error.message });
  };

  const onAction = (action: ToolActionId, priority?: Priority) => {
    const error = act(action, priority);
    setActionError(error ? t('play.actions.refused', { action: t(`play.action.${action}`) }) : null);
  };

  return (
    <div className="conversation">
      <div className="conversation__status">
        <MoodMeter mood={mood} />
        {!ended ? (
          <p className="conversation__wait">{t('play.waiting', { seconds: Math.floor(waited / 1000) })}</p>
        ) : null}
      </div>
      <ChatLog
        transcript={transcript}
        customerName={name}
        lang={locale}
        coaching={mode === 'practice'}
        emotion={scenario.persona.emotion}
        {...(typingDelay && { typingDelay })}
      />
      {ended ? (
        <section className="conversation__ended" aria-live="polite">
          <h2>{t('play.ended.heading', { outcome: t(`scorecard.outcome.${state.outcome ?? 'none'}`) })}</h2>
          {endSlot}
        </section>
      ) : (
        <>
          <ActionBar actions={state.offeredActions} onAction={onAction} />
          {actionError ? (
            <p className="reply-box__error" role="alert">
              {actionError}
            </p>
          ) : null}
          <ReplyBox
            initialText={initialDraft ?? ''}
            onSend={(text) => {
              const error = reply(text);
              if (error instanceof Promise) return error.then((e) => (e ? describeError(e) : null));
              return error ? describeError(error) : null;
            }}
            {...(onDraftChange && { onDraftChange })}
          />
        </>
      )}
    </div>
  );
}
