import { useTranslation } from 'react-i18next';
import { useCurrentTrainee } from '../../../data/hooks.ts';
import { DataSection } from './data-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { ScenarioImportSection } from './scenario-import-section.tsx';
import '../settings.css';

/** `/settings`: language, the trainee's profile and data, and scenario files for trainers */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const current = useCurrentTrainee();
  const trainee = current?.ok ? current.row : null;
  return (
    <div className="settings">
      <title>{t('documentTitle')}</title>
      <h1>{t('title')}</h1>
      <LanguageSection />
      {current === undefined ? (
        <p className="settings-hint" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <ProfileSection trainee={trainee} />
          <DataSection trainee={trainee} />
        </>
      )}
      <ScenarioImportSection />
    </div>
  );
}
