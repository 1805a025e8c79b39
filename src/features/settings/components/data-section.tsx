import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportTraineeBundle, importTraineeBundle, type ImportReport } from '../../../data/bundle.ts';
import type { DataIssue } from '../../../data/data-issue.ts';
import type { Trainee } from '../../../data/entities.ts';
import { useAttemptSummaries } from '../../../data/hooks.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { deleteTrainee } from '../../../data/trainee-repository.ts';
import { downloadText } from '../download-file.ts';
import { useSettingsMessages } from '../hooks/use-settings-messages.ts';

type Notice =
  | { kind: 'exported'; count: number; file: string; skipped: number }
  | { kind: 'exportFailed'; issues: DataIssue[] }
  | { kind: 'importing' }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'importFailed'; issues: DataIssue[] }
  | { kind: 'error'; message: string };

/** the trainee's data: export a bundle, import one, delete everything */
export function DataSection({ trainee }: { trainee: Trainee | null }) {
  const { t } = useTranslation('settings');
  const { dataIssue, saveError } = useSettingsMessages();
  const headingId = useId();
  const fileId = useId();
  const fileHintId = useId();
  const [notice, setNotice] = useState<Notice | null>(null);

  const exportData = async (who: Trainee) => {
    const result = await exportTraineeBundle(who.id);
    if (!result.ok) {
      setNotice({ kind: 'exportFailed', issues: result.issues });
      return;
    }
    const { json, fileName, bundle, issues } = result.value;
    downloadText(fileName, json);
    setNotice({ kind: 'exported', count: bundle.attempts.length, file: fileName, skipped: issues.length });
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setNotice({ kind: 'importing' });
    const result = await importTraineeBundle(file);
    // the same file may be chosen again after fixing it
    input.value = '';
    setNotice(
      result.ok
        ? { kind: 'imported', report: result.value }
        : { kind: 'importFailed', issues: result.issues },
    );
  };

  const practiseAs = async (report: ImportReport) => {
    const picked = await setSetting('currentTraineeId', report.traineeId);
    if (!picked.ok) setNotice({ kind: 'error', message: saveError(picked.error) });
    else setNotice(null);
  };

  const issueList = (issues: readonly DataIssue[]) => (
    <ul className="settings-issues">
      {issues.map((issue, i) => (
        <li key={i}>{dataIssue(issue)}</li>
      ))}
    </ul>
  );

  let message: ReactNode = null;
  if (notice?.kind === 'exported') {
    message = (
      <>
        <p>{t('data.exported', { count: notice.count, file: notice.file })}</p>
        {notice.skipped > 0 && <p>{t('data.exportSkipped', { count: notice.skipped })}</p>}
      </>
    );
  } else if (notice?.kind === 'exportFailed') {
    message = (
      <div className="settings-error">
        <p>{t('data.exportFailed')}</p>
        {issueList(notice.issues)}
      </div>
    );
  } else if (notice?.kind === 'importing') {
    message = <p>{t('data.importing')}</p>;
  } else if (notice?.kind === 'imported') {
    const { report } = notice;
    message = (
      <>
        <p>
          {t(report.traineeCreated ? 'data.importedNew' : 'data.importedExisting', {
            name: report.traineeName,
          })}{' '}
          {t('data.importCounts', {
            added: report.added,
            updated: report.updated,
            unchanged: report.unchanged,
          })}
        </p>
        {report.issues.length > 0 && (
          <>
            <p>{t('data.importWarnings')}</p>
            {issueList(report.issues)}
          </>
        )}
        {report.traineeId !== trainee?.id && (
          <button type="button" className="button" onClick={() => void practiseAs(report)}>
            {t('data.practiseAs', { name: report.traineeName })}
          </button>
        )}
      </>
    );
  } else if (notice?.kind === 'importFailed') {
    message = (
      <div className="settings-error">
        <p>{t('data.importFailed')}</p>
        {issueList(notice.issues)}
      </div>
    );
  } else if (notice?.kind === 'error') {
    message = <p className="settings-error">{notice.message}</p>;
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('data.heading')}</h2>
      <p>{t('data.intro')}</p>
      {trainee !== null && (
        <div className="settings-row">
          <button type="button" className="button button--primary" onClick={() => void exportData(trainee)}>
            {t('data.exportButton')}
          </button>
        </div>
      )}
      <div className="settings-field">
        <label htmlFor={fileId}>{t('data.importLabel')}</label>
        <p id={fileHintId} className="settings-hint">
          {t('data.importHint')}
        </p>
        <input
          id={fileId}
          className="settings-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={fileHintId}
          onChange={(e) => void importData(e)}
        />
      </div>
      {/* one live region for every outcome, so each is announced */}
      <div className="settings-notice" role="status">
        {message}
      </div>
      {trainee !== null && <DeleteMyData key={trainee.id} trainee={trainee} />}
    </section>
  );
}

/** "delete my data", asked twice: the profile and every attempt go, and the device asks who is practising again */
function DeleteMyData({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation('settings');
  const { saveError } = useSettingsMessages();
  const attempts = useAttemptSummaries(trainee.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const confirmHeadingId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // focus follows the question, and back to the button when it is withdrawn
    if (confirming) confirmBox.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const remove = async () => {
    setError(null);
    const result = await deleteTrainee(trainee.id);
    if (!result.ok) setError(saveError(result.error));
  };

  const count = attempts?.rows.length ?? 0;
  return (
    <div className="settings-danger">
      <div className="settings-row">
        <button
          ref={opener}
          type="button"
          className="button settings-danger__button"
          aria-describedby={hintId}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t('data.deleteButton')}
        </button>
        <p id={hintId} className="settings-hint">
          {t('data.deleteHint')}
        </p>
      </div>
      {confirming && (
        <div
          ref={confirmBox}
          className="settings-confirm"
          role="group"
          aria-labelledby={confirmHeadingId}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <h3 id={confirmHeadingId}>{t('data.confirmHeading', { name: trainee.name })}</h3>
          <p>{t('data.confirmBody', { count })}</p>
          <div className="settings-row">
            <button type="button" className="button settings-danger__confirm" onClick={() => void remove()}>
              {t('data.confirmDelete')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('data.cancel')}
            </button>
          </div>
          {error !== null && (
            <p className="settings-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
