import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestScore } from '../../../data/attempt-repository.ts';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import { pickLocalized } from '../../../ui/localized-text.ts';
import { DIFFICULTIES } from '../catalog-filters.ts';

export interface ScenarioCardProps {
  entry: CatalogEntry;
  /** the trainee's best finished attempt; null when not tried, undefined while loading */
  best: BestScore | null | undefined;
}

/** one scenario in the catalog: what it is about, what it trains, and the ways in */
export function ScenarioCard({ entry, best }: ScenarioCardProps) {
  const { t, i18n } = useTranslation('catalog');
  const { t: tShared } = useTranslation();
  const titleId = useId();
  const { scenario } = entry;
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const title = pickLocalized(scenario.title, uiLanguage, scenario.locales);
  const summary = pickLocalized(scenario.summary, uiLanguage, scenario.locales);
  const playPath = `/play/${encodeURIComponent(entry.id)}`;

  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <div className="scenario-card__head">
        <h3 id={titleId} className="scenario-card__title" lang={title.lang}>
          {title.text}
        </h3>
        {entry.origin === 'imported' && <span className="scenario-card__tag">{t('card.imported')}</span>}
      </div>
      <p className="scenario-card__summary" lang={summary.lang}>
        {summary.text}
      </p>
      <p className="scenario-card__difficulty">
        <span className="difficulty-pips" aria-hidden="true">
          {DIFFICULTIES.map((level) => (
            <span
              key={level}
              className={`difficulty-pips__pip${level <= scenario.difficulty ? ' difficulty-pips__pip--on' : ''}`}
            />
          ))}
        </span>
        <span>{t('card.difficulty', { level: scenario.difficulty })}</span>
      </p>
      <dl className="scenario-card__facts">
        <div className="scenario-card__fact">
          <dt>{t('card.skills')}</dt>
          <dd>
            <ul className="chip-list">
              {scenario.skills.map((skill) => (
                <li key={skill} className="chip">
                  {tShared(`scorecard.dimension.${skill}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="scenario-card__fact">
          <dt>{t('card.languages')}</dt>
          <dd>
            <ul className="chip-list">
              {scenario.locales.map((locale) => (
                <li key={locale} className="chip chip--quiet" lang={locale}>
                  {tShared(`app.uiLanguageName.${locale}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {best !== undefined && (
          <div className="scenario-card__fact">
            <dt>{t('card.best')}</dt>
            <dd>
              {best === null ? (
                <span className="muted">{t('card.notTried')}</span>
              ) : (
                <>
                  <strong className="scenario-card__score">
                    {t('card.bestValue', { score: best.overall })}
                  </strong>{' '}
                  <span className="muted">{t('card.finished', { count: best.finished })}</span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      <div className="scenario-card__actions">
        <Link className="button button--primary" to={playPath} aria-describedby={titleId}>
          {t('card.practise')}
        </Link>
        <Link className="button" to={`${playPath}?mode=exam`} aria-describedby={titleId}>
          {t('card.exam')}
        </Link>
      </div>
    </article>
  );
}
