import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptSummaryRow } from '../../../data/entities.ts';
import { OUTCOMES, type Outcome } from '../../../engine/scenario/constants.ts';
import type { Localized } from '../../../ui/localized-text.ts';

interface AttemptListProps {
  /** newest first */
  attempts: readonly AttemptSummaryRow[];
  scenarioTitle: (id: string) => Localized | null;
  formatDateTime: (at: number) => string;
}

/** how many attempts show at first and with each "show more": a long history stays quick to open */
export const PAGE_SIZE = 50;

/** the words every row shares, looked up once per list rather than once per row */
interface RowLabels {
  mode: Record<AttemptSummaryRow['mode'], string>;
  outcome: (outcome: Outcome | null | undefined) => string;
  separator: string;
  inProgress: string;
  abandoned: string;
  resume: string;
  score: (score: number) => string;
  removed: (id: string) => string;
}

function useRowLabels(): RowLabels {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  return useMemo(() => {
    const outcomes = new Map<string, string>(
      [...OUTCOMES, 'none'].map((o) => [o, tc(`scorecard.outcome.${o as Outcome | 'none'}`)]),
    );
    return {
      mode: { practice: tc('play.mode.practice'), exam: tc('play.mode.exam') },
      outcome: (outcome) => outcomes.get(outcome ?? 'none') ?? '',
      separator: t('attempts.separator'),
      inProgress: t('attempts.inProgress'),
      abandoned: t('attempts.abandoned'),
      resume: t('attempts.resume'),
      score: (score) => t('attempts.score', { score }),
      removed: (id) => t('attempts.removed', { id }),
    };
  }, [t, tc]);
}

function AttemptRow({
  attempt,
  title,
  labels,
  formatDateTime,
}: {
  attempt: AttemptSummaryRow;
  title: Localized | null;
  labels: RowLabels;
  formatDateTime: (at: number) => string;
}) {
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
          {title ? title.text : labels.removed(attempt.scenarioId)}
        </Link>
        <p className="attempt__meta muted" id={metaId}>
          {labels.mode[attempt.mode]}
          {labels.separator}
          <time dateTime={new Date(attempt.startedAt).toISOString()}>
            {formatDateTime(attempt.startedAt)}
          </time>
        </p>
      </div>
      <div className="attempt__result">
        {attempt.status === 'finished' ? (
          <>
            <span className={`attempt__outcome outcome--${attempt.outcome ?? 'none'}`}>
              {labels.outcome(attempt.outcome)}
            </span>
            {score !== undefined ? <span className="attempt__score">{labels.score(score)}</span> : null}
          </>
        ) : attempt.status === 'in_progress' ? (
          <>
            <span className="attempt__status">{labels.inProgress}</span>
            <Link
              className="button"
              to={`/play/${encodeURIComponent(attempt.scenarioId)}`}
              aria-describedby={metaId}
            >
              {labels.resume}
            </Link>
          </>
        ) : (
          <span className="attempt__status">{labels.abandoned}</span>
        )}
      </div>
    </li>
  );
}

/** every attempt, newest first; finished ones link to their debrief, unfinished ones offer to resume */
export function AttemptList({ attempts, scenarioTitle, formatDateTime }: AttemptListProps) {
  const { t } = useTranslation('progress');
  const labels = useRowLabels();
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
            labels={labels}
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
