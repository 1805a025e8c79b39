import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../../data/settings-repository.ts';
import { currentUiLanguage, setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../../i18n/i18n.ts';

/** the interface language: saved as the `language` setting and applied at once */
export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const { t: tShared } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const current = currentUiLanguage(i18n);

  const choose = async (lng: UiLanguage) => {
    await setUiLanguage(lng);
    // the page already speaks the new language; a failed save is shown by the storage status
    await setSetting('language', lng);
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('language.heading')}</h2>
      <fieldset className="settings-choices" aria-describedby={hintId}>
        <legend>{t('language.legend')}</legend>
        <p id={hintId} className="settings-hint">
          {t('language.hint')}
        </p>
        {UI_LANGUAGES.map((lng) => (
          <label key={lng} className="settings-choice">
            <input
              type="radio"
              name="ui-language"
              value={lng}
              checked={current === lng}
              onChange={() => void choose(lng)}
            />
            <span lang={lng}>{tShared(`app.uiLanguageName.${lng}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
