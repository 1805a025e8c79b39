import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINEE_NAME_MAX } from '../../../data/schemas.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { requestPersistentStorage } from '../../../data/persistence.ts';
import { createTrainee } from '../../../data/trainee-repository.ts';
import { useDescribeSaveError } from '../hooks/use-describe-save-error.ts';

/** a display name, checked by the repository; on success the new trainee becomes the current one */
export function CreateTraineeForm({ headingId }: { headingId: string }) {
  const { t } = useTranslation('profiles');
  const describe = useDescribeSaveError();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const created = await createTrainee(name);
    if (!created.ok) {
      setBusy(false);
      setError(describe(created.error));
      input.current?.focus();
      return;
    }
    // there is progress to keep now: ask the browser not to evict it (the answer changes nothing here)
    void requestPersistentStorage();
    const picked = await setSetting('currentTraineeId', created.value.id);
    // on success the gate opens and this form unmounts
    if (!picked.ok) {
      setBusy(false);
      setError(describe(picked.error));
    }
  };

  return (
    <form className="profile-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <div className="profile-form__field">
        <label htmlFor={inputId}>{t('create.label')}</label>
        <p id={hintId} className="profile-form__hint muted">
          {t('create.hint', { max: TRAINEE_NAME_MAX })}
        </p>
        <input
          ref={input}
          id={inputId}
          className="profile-form__input"
          type="text"
          name="displayName"
          autoComplete="nickname"
          spellCheck={false}
          value={name}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        {error !== null && (
          <p id={errorId} className="profile-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary" aria-busy={busy}>
        {t('create.submit')}
      </button>
    </form>
  );
}
