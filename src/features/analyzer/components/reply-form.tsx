import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMOTION_CHOICES,
  LANG_CHOICES,
  isEmotionChoice,
  isLangChoice,
  useAnalyzerStore,
  type AnalyzerDraft,
} from '../analyzer-store.ts';

interface ReplyFormProps {
  draft: AnalyzerDraft;
  /** the message for an unreadable reply, already translated */
  replyError: string | null;
}

export function ReplyForm({ draft, replyError }: ReplyFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const setReply = useAnalyzerStore((s) => s.setReply);
  const setCustomer = useAnalyzerStore((s) => s.setCustomer);
  const setEmotion = useAnalyzerStore((s) => s.setEmotion);
  const setLang = useAnalyzerStore((s) => s.setLang);
  const clear = useAnalyzerStore((s) => s.clear);

  const ids = {
    reply: `${id}-reply`,
    replyHint: `${id}-reply-hint`,
    replyError: `${id}-reply-error`,
    customer: `${id}-customer`,
    customerHint: `${id}-customer-hint`,
    emotion: `${id}-emotion`,
    lang: `${id}-lang`,
  };

  return (
    <form className="reply-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <div className="field">
        <label htmlFor={ids.reply}>{t('analyzer.form.reply')}</label>
        <textarea
          id={ids.reply}
          value={draft.reply}
          rows={6}
          spellCheck
          aria-invalid={replyError ? true : undefined}
          aria-describedby={replyError ? `${ids.replyHint} ${ids.replyError}` : ids.replyHint}
          onChange={(event) => setReply(event.target.value)}
        />
        <p id={ids.replyHint} className="field__hint">
          {t('analyzer.form.replyHint')}
        </p>
        {replyError ? (
          <p id={ids.replyError} className="field__error">
            {replyError}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={ids.customer}>{t('analyzer.form.customer')}</label>
        <textarea
          id={ids.customer}
          value={draft.customer}
          rows={3}
          aria-describedby={ids.customerHint}
          onChange={(event) => setCustomer(event.target.value)}
        />
        <p id={ids.customerHint} className="field__hint">
          {t('analyzer.form.customerHint')}
        </p>
      </div>

      <div className="reply-form__row">
        <div className="field">
          <label htmlFor={ids.emotion}>{t('analyzer.form.emotion')}</label>
          <select
            id={ids.emotion}
            value={draft.emotion}
            onChange={(event) => {
              if (isEmotionChoice(event.target.value)) setEmotion(event.target.value);
            }}
          >
            {EMOTION_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`analyzer.form.emotionOption.${choice}`)}
              </option>
            ))}
          </select>
        </div>

        <div className="field">
          <label htmlFor={ids.lang}>{t('analyzer.form.lang')}</label>
          <select
            id={ids.lang}
            value={draft.lang}
            onChange={(event) => {
              if (isLangChoice(event.target.value)) setLang(event.target.value);
            }}
          >
            {LANG_CHOICES.map((choice) => (
              <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
                {t(`analyzer.form.langOption.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="reply-form__actions">
        <button type="button" className="button button--quiet" onClick={clear}>
          {t('analyzer.form.clear')}
        </button>
      </div>
    </form>
  );
}
