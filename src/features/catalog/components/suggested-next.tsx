import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import { suggestNextScenario, type AttemptSummary } from '../../../engine/progress/progress.ts';
import { pickLocalized } from '../../../ui/localized-text.ts';

export interface SuggestedNextProps {
  entries: readonly CatalogEntry[];
  /** the trainee's attempts; undefined while loading */
  attempts: readonly AttemptSummary[] | undefined;
}

/** the scenario aimed at the trainee's weakest dimension, with the reason in words */
export function SuggestedNext({ entries, attempts }: SuggestedNextProps) {
  const { t, i18n } = useTranslation('catalog');
  const { t: tShared } = useTranslation();
  const headingId = useId();
  const titleId = useId();
  const suggestion = useMemo(
    () =>
      attempts &&
      suggestNextScenario(
        entries.map((e) => ({ id: e.id, skills: e.scenario.skills, difficulty: e.scenario.difficulty })),
        attempts,
      ),
    [entries, attempts],
  );
  const entry = suggestion ? entries.find((e) => e.id === suggestion.scenarioId) : undefined;
  if (suggestion === null || (suggestion !== undefined && !entry)) return null;

  let body: ReactNode = <p className="muted">{t('suggested.loading')}</p>;
  if (suggestion && entry) {
    const { scenario } = entry;
    const title = pickLocalized(scenario.title, i18n.resolvedLanguage ?? i18n.language, scenario.locales);
    const dimension = suggestion.dimension;
    const reason =
      dimension === null
        ? t('suggested.first')
        : t(scenario.skills.includes(dimension) ? 'suggested.weakest' : 'suggested.weakestElsewhere', {
            dimension: tShared(`scorecard.dimension.${dimension}`),
          });
    const playPath = `/play/${encodeURIComponent(entry.id)}`;
    body = (
      <>
        <p id={titleId} className="suggested__title" lang={title.lang}>
          {title.text}
        </p>
        <p className="suggested__reason">{reason}</p>
        <div className="suggested__actions">
          <Link className="button button--primary" to={playPath} aria-describedby={titleId}>
            {t('card.practise')}
          </Link>
          <Link className="button" to={`${playPath}?mode=exam`} aria-describedby={titleId}>
            {t('card.exam')}
          </Link>
        </div>
      </>
    );
  }

  return (
    <section className="suggested" aria-labelledby={headingId}>
      <h2 id={headingId} className="suggested__heading">
        {t('suggested.heading')}
      </h2>
      {body}
    </section>
  );
}
