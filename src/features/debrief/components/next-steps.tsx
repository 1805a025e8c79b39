import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attempt } from '../../../data/entities.ts';
import { useAttemptSummaries } from '../../../data/hooks.ts';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import type { LibraryEntry } from '../../../data/scenario-library.ts';
import { suggestNextScenario } from '../../../engine/progress/progress.ts';
import type { Locale } from '../../../engine/scenario/constants.ts';
import { localize } from '../../../engine/scenario/lines.ts';

interface NextStepsProps {
  attempt: Attempt;
  /** the attempt's scenario, when the device still has it */
  scenario: LibraryEntry | undefined;
  library: readonly CatalogEntry[];
  uiLocale: Locale;
}

function playHref(scenarioId: string, mode?: string): string {
  const path = `/play/${encodeURIComponent(scenarioId)}`;
  return mode ? `${path}?mode=${mode}` : path;
}

/** try the same scenario again in the same mode, or go on to the scenario aimed at the weakest dimension */
export function NextSteps({ attempt, scenario, library, uiLocale }: NextStepsProps) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const history = useAttemptSummaries(attempt.traineeId);
  const suggestion = useMemo(() => {
    if (!history) return null;
    const scenarios = library.map((e) => e.scenario);
    // another scenario first; this one again only when the device has nothing else
    const next =
      suggestNextScenario(scenarios, history.rows, { exclude: attempt.scenarioId }) ??
      suggestNextScenario(scenarios, history.rows);
    const entry = next && library.find((e) => e.id === next.scenarioId);
    return entry ? { entry, dimension: next.dimension } : null;
  }, [history, library, attempt.scenarioId]);

  return (
    <nav className="next-steps" aria-label={t('next.heading')}>
      {scenario ? (
        <Link className="button button--primary" to={playHref(attempt.scenarioId, attempt.mode)}>
          {t('next.retry')}
        </Link>
      ) : null}
      {suggestion ? (
        <div className="next-steps__suggested">
          <Link className="button" to={playHref(suggestion.entry.id)}>
            {t('next.suggested', { title: localize(suggestion.entry.scenario.title, uiLocale) })}
          </Link>
          {suggestion.dimension ? (
            <p className="muted">
              {t('next.why', { dimension: tc(`scorecard.dimension.${suggestion.dimension}`) })}
            </p>
          ) : null}
        </div>
      ) : null}
      <Link className="button button--quiet" to="/progress">
        {t('next.progress')}
      </Link>
    </nav>
  );
}
