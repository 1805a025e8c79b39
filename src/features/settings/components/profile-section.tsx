import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '../../../data/entities.ts';
import { TRAINEE_NAME_MAX } from '../../../data/schemas.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { renameTrainee } from '../../../data/trainee-repository.ts';
import { useSettingsMessages } from '../hooks/use-settings-messages.ts';

/** the current trainee: rename, or hand the device to someone else */
export function ProfileSection({ trainee }: { trainee: Trainee | null }) {
  const { t } = useTranslation('settings');
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.heading')}</h2>
      {trainee === null ? (
        <p>{t('profile.none')}</p>
      ) : (
        <>
          <p>{t('profile.current', { name: trainee.name })}</p>
          {/* a new trainee starts from their own name */}
          <RenameForm key={trainee.id} trainee={trainee} />
          <div className="settings-row">
            <button
              type="button"
              className="button button--quiet"
              aria-describedby={`${headingId}-switch`}
              onClick={() => void setSetting('currentTraineeId', null)}
            >
              {t('profile.switch')}
            </button>
            <p id={`${headingId}-switch`} className="settings-hint">
              {t('profile.switchHint')}
            </p>
          </div>
        </>
      )}
    </section>
  );
}

function RenameForm({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation('settings');
  const { saveError } = useSettingsMessages();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(trainee.name);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const result = await renameTrainee(trainee.id, name);
    if (!result.ok) {
      setError(saveError(result.error));
      input.current?.focus();
      return;
    }
    setName(result.value);
    setSaved(true);
  };

  return (
    <form className="settings-form" noValidate onSubmit={(e) => void submit(e)}>
      <div className="settings-field">
        <label htmlFor={inputId}>{t('profile.renameLabel')}</label>
        <p id={hintId} className="settings-hint">
          {t('profile.renameHint', { max: TRAINEE_NAME_MAX })}
        </p>
        <div className="settings-row">
          <input
            ref={input}
            id={inputId}
            className="settings-input"
            type="text"
            autoComplete="nickname"
            spellCheck={false}
            value={name}
            aria-invalid={error !== null}
            aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
              setSaved(false);
            }}
          />
          <button type="submit" className="button button--primary">
            {t('profile.renameSubmit')}
          </button>
        </div>
        {error !== null && (
          <p id={errorId} className="settings-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p className="settings-status" role="status">
        {saved ? t('profile.renamed') : ''}
      </p>
    </form>
  );
}
