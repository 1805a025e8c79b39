import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BestScore } from '../../../data/attempt-repository.ts';
import { useAttemptSummaries, useBestScores, useCurrentTrainee } from '../../../data/hooks.ts';
import { matchesFilters, readFilters, writeFilters, type CatalogFilters } from '../catalog-filters.ts';
import { useCatalog } from '../hooks/use-catalog.ts';
import { CatalogFiltersForm } from './catalog-filters.tsx';
import { LoadProblems } from './load-problems.tsx';
import { ScenarioCard } from './scenario-card.tsx';
import { SuggestedNext } from './suggested-next.tsx';
import '../catalog.css';

/** `/`: every scenario the trainee can play, filtered by the address, with a suggestion of what to play next */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  const listHeadingId = useId();
  const current = useCurrentTrainee();
  const traineeId = current?.ok ? (current.row?.id ?? null) : null;
  const attempts = useAttemptSummaries(traineeId);
  const bestScores = useBestScores(traineeId);
  const { entries, problems } = useCatalog();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const shown = entries.filter((e) => matchesFilters(e.scenario, filters));

  const bestById = useMemo(() => {
    if (!bestScores || traineeId === null) return undefined;
    return new Map<string, BestScore>(bestScores.rows.map((b) => [b.scenarioId, b]));
  }, [bestScores, traineeId]);

  const setFilters = (next: CatalogFilters) => {
    // replace: choosing filters is not a page to go back to
    setParams((prev) => writeFilters(prev, next), { replace: true });
  };

  return (
    <div className="catalog">
      <title>{t('documentTitle')}</title>
      <div className="catalog__intro">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      <SuggestedNext entries={entries} attempts={attempts?.rows} />
      <CatalogFiltersForm filters={filters} onChange={setFilters} />
      <section className="catalog__list" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} className="visually-hidden">
          {t('list.heading')}
        </h2>
        <p className="catalog__count" role="status">
          {t('list.count', { count: shown.length, total: entries.length })}
        </p>
        {shown.length === 0 ? (
          <p className="catalog__empty">{t('list.none')}</p>
        ) : (
          <ul className="catalog__grid">
            {shown.map((entry) => (
              <li key={entry.id}>
                <ScenarioCard
                  entry={entry}
                  best={bestById === undefined ? undefined : (bestById.get(entry.id) ?? null)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <LoadProblems problems={problems} />
    </div>
  );
}
