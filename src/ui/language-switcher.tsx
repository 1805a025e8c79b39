import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../data/settings-repository.ts';
import { UI_LANGUAGES, currentUiLanguage, isUiLanguage, setUiLanguage } from '../i18n/i18n.ts';
import './language-switcher.css';

/** picks the interface language; the choice is saved as the `language` setting on this device */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.uiLanguage')}</label>
      <select
        id={id}
        value={currentUiLanguage(i18n)}
        onChange={(event) => {
          const next = event.target.value;
          if (!isUiLanguage(next)) return;
          // saved as the setting, as on the settings page: a failed save is shown by the storage status
          void setUiLanguage(next).then(() => setSetting('language', next));
        }}
      >
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`app.uiLanguageName.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
