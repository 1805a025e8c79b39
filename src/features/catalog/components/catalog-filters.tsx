import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, LOCALES } from '../../../engine/scenario/constants.ts';
import {
  DIFFICULTIES,
  FILTER_PARAMS,
  NO_FILTERS,
  readFilters,
  writeFilters,
  type CatalogFilters,
} from '../catalog-filters.ts';

export interface CatalogFiltersFormProps {
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
}

/** skill, difficulty and language; each change applies at once */
export function CatalogFiltersForm({ filters, onChange }: CatalogFiltersFormProps) {
  const { t } = useTranslation('catalog');
  const { t: tShared } = useTranslation();
  const headingId = useId();
  const skillId = useId();
  const difficultyId = useId();
  const languageId = useId();

  // the selects speak the address's language, so reading them back goes through the same parser
  const change = (key: keyof CatalogFilters, value: string) => {
    const params = writeFilters(new URLSearchParams(), filters);
    if (value === '') params.delete(FILTER_PARAMS[key]);
    else params.set(FILTER_PARAMS[key], value);
    onChange(readFilters(params));
  };

  return (
    <form className="catalog-filters" aria-labelledby={headingId} onSubmit={(e) => e.preventDefault()}>
      <h2 id={headingId} className="catalog-filters__heading">
        {t('filters.heading')}
      </h2>
      <div className="catalog-filters__fields">
        <div className="catalog-filters__field">
          <label htmlFor={skillId}>{t('filters.skill')}</label>
          <select id={skillId} value={filters.skill ?? ''} onChange={(e) => change('skill', e.target.value)}>
            <option value="">{t('filters.anySkill')}</option>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {tShared(`scorecard.dimension.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="catalog-filters__field">
          <label htmlFor={difficultyId}>{t('filters.difficulty')}</label>
          <select
            id={difficultyId}
            value={filters.difficulty === null ? '' : String(filters.difficulty)}
            onChange={(e) => change('difficulty', e.target.value)}
          >
            <option value="">{t('filters.anyDifficulty')}</option>
            {DIFFICULTIES.map((level) => (
              <option key={level} value={level}>
                {t('filters.difficultyOption', { level })}
              </option>
            ))}
          </select>
        </div>
        <div className="catalog-filters__field">
          <label htmlFor={languageId}>{t('filters.language')}</label>
          <select
            id={languageId}
            value={filters.language ?? ''}
            onChange={(e) => change('language', e.target.value)}
          >
            <option value="">{t('filters.anyLanguage')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {tShared(`app.uiLanguageName.${locale}`)}
              </option>
            ))}
          </select>
        </div>
        {/* always there, so focus is not lost when clearing */}
        <button
          type="button"
          className="button button--quiet catalog-filters__clear"
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
