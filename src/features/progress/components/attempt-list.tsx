import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptSummaryRow } from '../../../data/entities.ts';
import type { Localized } from '../../../ui/localized-text.ts';

interface AttemptListProps {
  /** newest first */
  attempts: readonly AttemptSummaryRow[];
  scenarioTitle: (id: string) => Localized | null;
  formatDateTime: (at: number) => string;
}

/** how many attempts show at first and with each "show more": a long history stays quick to open */
export const PAGE_SIZE = 50;

function AttemptRow({
  attempt,
  title,
  formatDateTime,
}: {
  attempt: AttemptSummaryRow;
  title: Localized | null;
  formatDateTime: (at: number) => string;
}) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  const metaId = useId();
  const debrief = `/attempts/${encodeURIComponent(attempt.id)}`;
  const score = attempt.overall;
  return (
    <li className={`attempt attempt--${attempt.status}`}>
      <div className="attempt__main">
        <Link
          className="attempt__title"
          to={debrief}
          aria-describedby={metaId}
          {...(title && { lang: title.lang })}
        >
          {title ? title.text : t('attempts.removed', { id: attempt.scenarioId })}
        </Link>
        <p className="attempt__meta muted" id={metaId}>
          {tc(`play.mode.${attempt.mode}`)}
          {t('attempts.separator')}
          <time dateTime={new Date(attempt.startedAt).toISOString()}>
            {formatDateTime(attempt.startedAt)}
          </time>
        </p>
      </div>
      <div className="attempt__result">
        {attempt.status === 'finished' ? (
          <>
            <span className={`attempt__outcome outcome--${attempt.outcome ?? 'none'}`}>
              {tc(`scorecard.outcome.${attempt.outcome ?? 'none'}`)}
            </span>
            {score !== undefined ? (
              <span className="attempt__score">{t('attempts.score', { score })}</span>
            ) : null}
          </>
        ) : attempt.status === 'in_progress' ? (
          <>
            <span className="attempt__status">{t('attempts.inProgress')}</span>
            <Link
              className="button"
              to={`/play/${encodeURIComponent(attempt.scenarioId)}`}
              aria-describedby={metaId}
            >
              {t('attempts.resume')}
            </Link>
          </>
        ) : (
          <span className="attempt__status">{t('attempts.abandoned')}</span>
        )}
      </div>
    </li>
  );
}

/** every attempt, newest first; finished ones link to their debrief, unfinished ones offer to resume */
export function AttemptList({ attempts, scenarioTitle, formatDateTime }: AttemptListProps) {
  const { t } = useTranslation('progress');
  const [shown, setShown] = useState(PAGE_SIZE);
  const rest = attempts.length - shown;
  return (
    <>
      <ol className="attempts">
        {attempts.slice(0, shown).map((a) => (
          <AttemptRow
            key={a.id}
            attempt={a}
            title={scenarioTitle(a.scenarioId)}
            formatDateTime={formatDateTime}
          />
        ))}
      </ol>
      {rest > 0 ? (
        <button type="button" className="button button--quiet" onClick={() => setShown((s) => s + PAGE_SIZE)}>
          {t('attempts.showMore', { count: Math.min(rest, PAGE_SIZE), total: rest })}
        </button>
      ) : null}
    </>
  );
}
