import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ReplyBoxProps {
  initialText?: string;
  disabled?: boolean;
  /** returns an error message to show, or null when the reply was taken; a promise while it waits to be read */
  onSend: (text: string) => string | null | Promise<string | null>;
  onDraftChange?: (text: string) => void;
}

/** the 229 key code is what browsers send for keys an input method is still handling (Safari sends it after compositionend) */
const IME_KEY_CODE = 229;

/** Enter sends, Shift+Enter is a new line, and Enter that confirms an input-method composition never sends */
export function ReplyBox({ initialText = '', disabled = false, onSend, onDraftChange }: ReplyBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const composing = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;

  function settle(problem: string | null) {
    setError(problem);
    if (problem === null) {
      setText('');
      onDraftChange?.('');
    }
  }

  function send() {
    if (disabled || sending) return;
    const problem = onSend(text);
    if (!(problem instanceof Promise)) return settle(problem);
    // the text stays as typed, read-only, until the reply has been read
    setSending(true);
    void problem.then((p) => {
      setSending(false);
      settle(p);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key !== 'Enter' || e.shiftKey) return;
    if (composing.current || e.nativeEvent.isComposing || e.keyCode === IME_KEY_CODE) return;
    e.preventDefault();
    send();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    send();
  }

  return (
    <form className="reply-box" onSubmit={onSubmit}>
      <label htmlFor={id} className="reply-box__label">
        {t('play.reply.label')}
      </label>
      <textarea
        id={id}
        className="reply-box__input"
        value={text}
        rows={3}
        disabled={disabled}
        readOnly={sending}
        aria-busy={sending}
        placeholder={t('play.reply.placeholder')}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onDraftChange?.(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={() => {
          composing.current = false;
        }}
      />
      {error !== null ? (
        <p id={errorId} className="reply-box__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={disabled}>
        {t('play.reply.send')}
      </button>
    </form>
  );
}
