import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptSummaryRow, Trainee } from '../../../data/entities.ts';
import { useAttemptSummaries, useCurrentTrainee } from '../../../data/hooks.ts';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import {
  dimensionAverages,
  dimensionTrend,
  forbiddenCounts,
  suggestNextScenario,
  timePractised,
  weakestDimension,
} from '../../../engine/progress/progress.ts';
import { DIMENSIONS } from '../../../engine/scenario/constants.ts';
import { currentUiLanguage, type UiLanguage } from '../../../i18n/i18n.ts';
import { pickLocalized, type Localized } from '../../../ui/localized-text.ts';
import { formatDuration } from '../format-duration.ts';
import { useScenarioCatalog } from '../../../data/use-scenario-catalog.ts';
import { AttemptList } from './attempt-list.tsx';
import { ForbiddenChart } from './forbidden-chart.tsx';
import { TrendChart } from './trend-chart.tsx';
import '../progress.css';
import { HeadedSection } from '../../../ui/headed-section.tsx';

function Section({
  heading,
  className,
  children,
}: {
  heading: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <HeadedSection heading={heading} className={['progress__section', className].filter(Boolean).join(' ')}>
      {children}
    </HeadedSection>
  );
}

function Message({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useTranslation('progress');
  return (
    <div className="progress progress--message">
      <title>{t('documentTitle')}</title>
      <h1>{heading}</h1>
      {children}
    </div>
  );
}

/** the weakest dimension lately, the averages it was read from, and a scenario that trains it */
function Weakest({
  attempts,
  library,
  uiLocale,
}: {
  attempts: readonly AttemptSummaryRow[];
  library: readonly CatalogEntry[];
  uiLocale: UiLanguage;
}) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  const { weakest, averages } = useMemo(
    () => ({ weakest: weakestDimension(attempts), averages: dimensionAverages(attempts) }),
    [attempts],
  );
  const next = useMemo(
    () =>
      suggestNextScenario(
        library.map((e) => e.scenario),
        attempts,
      ),
    [library, attempts],
  );
  if (!weakest) return <p className="muted">{t('weakest.none')}</p>;
  const average = averages.find((a) => a.dimension === weakest);
  const entry = next && library.find((e) => e.id === next.scenarioId);
  const title = entry && pickLocalized(entry.scenario.title, uiLocale, entry.scenario.locales);
  return (
    <div className="weakest">
      <p className="weakest__name">{tc(`scorecard.dimension.${weakest}`)}</p>
      {average && average.average !== null ? (
        <p>{t('weakest.detail', { average: average.average, count: average.attempts })}</p>
      ) : null}
      {entry && title ? (
        <p>
          <Link
            className="button button--primary"
            to={`/play/${encodeURIComponent(entry.id)}`}
            lang={title.lang}
          >
            {t('weakest.practise', { title: title.text })}
          </Link>
        </p>
      ) : null}
      <table className="averages">
        <caption>{t('weakest.averages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('weakest.dimension')}</th>
            <th scope="col">{t('weakest.average')}</th>
          </tr>
        </thead>
        <tbody>
          {averages.map((a) => (
            <tr key={a.dimension} className={a.dimension === weakest ? 'averages__weakest' : undefined}>
              <th scope="row">
                {tc(`scorecard.dimension.${a.dimension}`)}
                {/* a space, so that screen readers do not run the name and the tag together */}
                {a.dimension === weakest ? ' ' : null}
                {a.dimension === weakest ? <span className="averages__tag">{t('weakest.tag')}</span> : null}
              </th>
              <td>
                {a.average === null ? (
                  <span className="muted">{t('weakest.noData')}</span>
                ) : (
                  <span className="averages__value">
                    <span className="averages__bar" aria-hidden="true">
                      <span style={{ width: `${a.average}%` }} />
                    </span>
                    {a.average}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ProgressViewProps {
  trainee: Trainee;
  attempts: readonly AttemptSummaryRow[];
  /** stored attempts that could not be read */
  skipped: number;
}

function ProgressView({ trainee, attempts, skipped }: ProgressViewProps) {
  const { t, i18n } = useTranslation('progress');
  const uiLocale = currentUiLanguage(i18n);
  const library = useScenarioCatalog();

  const formats = useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(uiLocale, { month: 'short', day: 'numeric' });
    // the five charts mostly share their periods, and a range costs several times a single date
    const ranges = new Map<string, string>();
    return {
      dateTime: (at: number) => dateTime.format(at),
      date: (at: number) => date.format(at),
      dateRange: (from: number, to: number) => {
        const key = `${from} ${to}`;
        let text = ranges.get(key);
        if (text === undefined) {
          text = date.formatRange(from, to);
          ranges.set(key, text);
        }
        return text;
      },
    };
  }, [uiLocale]);

  const titles = useMemo(() => {
    const map = new Map<string, Localized>();
    for (const e of library.entries)
      map.set(e.id, pickLocalized(e.scenario.title, uiLocale, e.scenario.locales));
    return map;
  }, [library.entries, uiLocale]);
  const titleOf = useCallback((id: string) => titles.get(id) ?? null, [titles]);
  const titleText = useCallback(
    (id: string) => titles.get(id)?.text ?? t('attempts.removed', { id }),
    [titles, t],
  );

  const stats = useMemo(
    () => ({
      finished: attempts.filter((a) => a.status === 'finished').length,
      time: timePractised(attempts),
      forbidden: forbiddenCounts(attempts),
      trends: DIMENSIONS.map((d) => ({ dimension: d, points: dimensionTrend(attempts, d) })),
    }),
    [attempts],
  );

  return (
    <div className="progress">
      <title>{t('documentTitle')}</title>
      <header className="progress__header">
        <h1>{t('heading')}</h1>
        <p className="muted">{t('trainee', { name: trainee.name })}</p>
      </header>
      {skipped > 0 ? (
        <p className="progress__notice" role="note">
          {t('skipped', { count: skipped })}
        </p>
      ) : null}

      <dl className="progress__stats">
        <div>
          <dt>{t('summary.attempts')}</dt>
          <dd>{attempts.length}</dd>
        </div>
        <div>
          <dt>{t('summary.finished')}</dt>
          <dd>{stats.finished}</dd>
        </div>
        <div>
          <dt>{t('summary.time')}</dt>
          <dd>{formatDuration(stats.time, uiLocale)}</dd>
        </div>
      </dl>

      <div className="progress__pair">
        <Section heading={t('weakest.heading')}>
          <Weakest attempts={attempts} library={library.entries} uiLocale={uiLocale} />
        </Section>
        <Section heading={t('forbidden.heading')}>
          <ForbiddenChart counts={stats.forbidden} />
        </Section>
      </div>

      <Section heading={t('trends.heading')}>
        <div className="trends">
          {stats.trends.map(({ dimension, points }) => (
            <TrendChart
              key={dimension}
              dimension={dimension}
              points={points}
              formatDate={formats.date}
              formatDateRange={formats.dateRange}
              formatDateTime={formats.dateTime}
              scenarioTitle={titleText}
            />
          ))}
        </div>
      </Section>

      <Section heading={t('attempts.heading')}>
        <AttemptList attempts={attempts} scenarioTitle={titleOf} formatDateTime={formats.dateTime} />
      </Section>
    </div>
  );
}

/**
 * `/progress`: the current trainee's history and trends. Every attempt newest first with its debrief or a resume
 * link, a trend chart per dimension, the weakest dimension and a scenario to train it, the forbidden-phrase
 * categories used most, and the time practised. Each chart has a text alternative.
 */
export function ProgressPage() {
  const { t } = useTranslation('progress');
  const current = useCurrentTrainee();
  const trainee = current?.ok ? current.row : null;
  const result = useAttemptSummaries(trainee?.id);

  if (current === undefined || (trainee && result === undefined)) {
    return (
      <p className="progress__loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (!current.ok) {
    return (
      <Message heading={t('unreadable.heading')}>
        <p>{t('unreadable.body')}</p>
      </Message>
    );
  }
  if (!trainee) {
    return (
      <Message heading={t('noTrainee.heading')}>
        <p>{t('noTrainee.body')}</p>
        <Link className="button button--primary" to="/">
          {t('noTrainee.link')}
        </Link>
      </Message>
    );
  }
  const attempts = result?.rows ?? [];
  const skipped = result?.issues.length ?? 0;
  if (attempts.length === 0) {
    return (
      <Message heading={t('empty.heading')}>
        <p>{t('empty.body', { name: trainee.name })}</p>
        {skipped > 0 ? <p className="progress__notice">{t('skipped', { count: skipped })}</p> : null}
        <Link className="button button--primary" to="/">
          {t('empty.link')}
        </Link>
      </Message>
    );
  }
  return <ProgressView trainee={trainee} attempts={attempts} skipped={skipped} />;
}
