import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentTrainee } from '../../../data/hooks.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { TraineePicker } from './trainee-picker.tsx';
import '../profiles.css';

/**
 * The first screen on a shared device: until a trainee is picked (or when the picked one was deleted), asks who is
 * practising; then shows the app.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('profiles');
  const current = useCurrentTrainee();
  if (current === undefined) {
    return (
      <p className="profile-gate__loading muted" role="status">
        {t('loading')}
      </p>
    );
  }
  if (current.ok && current.row !== null) return children;
  return <TraineePicker readFailed={!current.ok} />;
}

/** the current trainee's name for the header, with a way to hand the device to someone else */
export function CurrentTraineeBadge() {
  const { t } = useTranslation('profiles');
  const current = useCurrentTrainee();
  if (!current?.ok || current.row === null) return null;
  return (
    <div className="trainee-badge">
      <span className="trainee-badge__label">{t('badge.label')}</span>{' '}
      <strong className="trainee-badge__name">{current.row.name}</strong>
      <button
        type="button"
        className="button button--quiet trainee-badge__switch"
        onClick={() => void setSetting('currentTraineeId', null)}
      >
        {t('badge.switch')}
      </button>
    </div>
  );
}
