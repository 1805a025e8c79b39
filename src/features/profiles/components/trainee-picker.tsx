import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '../../../data/entities.ts';
import { useTrainees } from '../../../data/hooks.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { touchTrainee } from '../../../data/trainee-repository.ts';
import { useDescribeSaveError } from '../hooks/use-describe-save-error.ts';
import { CreateTraineeForm } from './create-trainee-form.tsx';

/** "Who is practising?": the profiles on this device as buttons, and a form to add one */
export function TraineePicker({ readFailed }: { readFailed: boolean }) {
  const { t, i18n } = useTranslation('profiles');
  const describe = useDescribeSaveError();
  const trainees = useTrainees();
  const heading = useRef<HTMLHeadingElement>(null);
  const listHeadingId = useId();
  const createHeadingId = useId();
  const [pickError, setPickError] = useState<string | null>(null);
  const loaded = trainees !== undefined;
  const rows = trainees?.rows ?? [];
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { dateStyle: 'medium' });

  useEffect(() => {
    // after "switch trainee" the button that had focus is gone: start keyboard users at the question
    if (!loaded) return;
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, [loaded]);

  const pick = async (trainee: Trainee) => {
    setPickError(null);
    const picked = await setSetting('currentTraineeId', trainee.id);
    if (!picked.ok) {
      setPickError(describe(picked.error));
      return;
    }
    await touchTrainee(trainee.id);
  };

  if (!loaded) {
    return (
      <p className="profile-gate__loading muted" role="status">
        {t('loading')}
      </p>
    );
  }

  return (
    <div className="profile-gate">
      <title>{t('documentTitle')}</title>
      <h1 ref={heading} tabIndex={-1} className="profile-gate__title">
        {t('title')}
      </h1>
      <p className="profile-gate__intro">{t('intro')}</p>
      {(readFailed || trainees.issues.length > 0) && (
        <p className="profile-gate__problem" role="alert">
          {t('readFailed')}
        </p>
      )}
      {rows.length > 0 && (
        <section className="profile-gate__panel" aria-labelledby={listHeadingId}>
          <h2 id={listHeadingId}>{t('existing.heading')}</h2>
          <ul className="profile-list">
            {rows.map((trainee) => (
              <li key={trainee.id}>
                <button
                  type="button"
                  className="button profile-list__button"
                  aria-describedby={`${listHeadingId}-${trainee.id}`}
                  onClick={() => void pick(trainee)}
                >
                  {trainee.name}
                </button>
                <span id={`${listHeadingId}-${trainee.id}`} className="profile-list__meta muted">
                  {t('existing.lastActive', { date: dateFormat.format(trainee.lastActiveAt) })}
                </span>
              </li>
            ))}
          </ul>
          {pickError !== null && (
            <p className="profile-error" role="alert">
              {pickError}
            </p>
          )}
        </section>
      )}
      <section className="profile-gate__panel" aria-labelledby={createHeadingId}>
        <h2 id={createHeadingId}>{t(rows.length > 0 ? 'create.heading' : 'create.headingFirst')}</h2>
        <CreateTraineeForm headingId={createHeadingId} />
      </section>
    </div>
  );
}
