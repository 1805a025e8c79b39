import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../data/storage-status.ts';

/** tells the trainee plainly when the browser refuses to store, and offers to try again; nothing is dropped */
export function StorageBanner() {
  const { t } = useTranslation();
  const problem = useStorageStatus((s) => s.problem);
  const pending = useStorageStatus((s) => s.pending);
  const retry = useStorageStatus((s) => s.retry);
  if (problem === null) return null;
  return (
    <div className="storage-banner" role="alert">
      <p>{t(`storage.${problem}`)}</p>
      {pending > 0 ? <p>{t('storage.pending', { count: pending })}</p> : null}
      {problem === 'version_conflict' ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void retry()}>
          {t('storage.retry')}
        </button>
      )}
    </div>
  );
}
