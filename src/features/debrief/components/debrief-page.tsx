import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attempt } from '../../../data/entities.ts';
import { useAttempt } from '../../../data/hooks.ts';
import { isAttemptId } from '../../../data/ids.ts';
import type { CatalogEntry } from '../../../data/scenario-catalog.ts';
import type { LibraryEntry } from '../../../data/scenario-library.ts';
import { localize } from '../../../engine/scenario/lines.ts';
import type { Scorecard } from '../../../engine/scoring/index.ts';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { pickLocalized } from '../../../ui/localized-text.ts';
import { formatClock } from '../debrief-format.ts';
import { useScenarioCatalog } from '../../../data/use-scenario-catalog.ts';
import { useScenarioEntry } from '../../../data/use-scenario-library.ts';
import { AnnotatedTranscript } from './annotated-transcript.tsx';
import { CheckpointList } from './checkpoint-list.tsx';
import { DimensionList } from './dimension-list.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { MoodChart } from './mood-chart.tsx';
import { NextSteps } from './next-steps.tsx';
import '../debrief.css';
import { HeadedSection } from '../../../ui/headed-section.tsx';

/** a page-level message in place of the debrief: not found, unreadable, still in progress */
function DebriefMessage({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useTranslation('debrief');
  return (
    <div className="debrief debrief--message">
      <title>{t('documentTitle', { title: heading })}</title>
      <h1>{heading}</h1>
      {children}
    </div>
  );
}

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
    <HeadedSection heading={heading} className={['debrief__section', className].filter(Boolean).join(' ')}>
      {children}
    </HeadedSection>
  );
}

/** critical issues first, then the overall score (and what it would have been without the cap) and the outcome */
function ScoreSummary({ attempt, card }: { attempt: Attempt; card: Scorecard }) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const criticalId = useId();
  return (
    <div className="debrief__summary">
      {card.critical.length > 0 ? (
        <section className="critical" aria-labelledby={criticalId}>
          <h2 id={criticalId} className="critical__heading">
            {t('critical.heading', { count: card.critical.length })}
          </h2>
          <ul className="critical__list">
            {card.critical.map((issue, i) => (
              <li key={i}>
                <p className="critical__text">{tc(`scorecard.critical.${issue.code}`)}</p>
                <EvidenceList
                  evidence={[issue.evidence]}
                  transcript={attempt.transcript}
                  lang={attempt.locale}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <dl className="score-card">
        <div className="score-card__item score-card__item--overall">
          <dt>{t('overall.label')}</dt>
          <dd>
            <span className="score-card__value">{t('overall.value', { score: card.overall })}</span>
            {card.uncapped !== undefined ? (
              <span className="score-card__capped">
                {t('overall.capped', { score: card.overall, uncapped: card.uncapped })}
              </span>
            ) : null}
          </dd>
        </div>
        <div className="score-card__item">
          <dt>{t('overall.outcome')}</dt>
          <dd className={`outcome outcome--${card.outcome ?? 'none'}`}>
            {tc(`scorecard.outcome.${card.outcome ?? 'none'}`)}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** the end the conversation reached and the scenario's note about it, in the language the attempt was played in */
function EndNote({
  attempt,
  card,
  scenario,
}: {
  attempt: Attempt;
  card: Scorecard;
  scenario?: LibraryEntry;
}) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const end = card.end ? scenario?.scenario.ends[card.end] : undefined;
  const note = end ? localize(end.note, attempt.locale) : '';
  return (
    <Section heading={t('end.heading', { outcome: tc(`scorecard.outcome.${card.outcome ?? 'none'}`) })}>
      {note ? (
        <p className="debrief__note" lang={attempt.locale}>
          {note}
        </p>
      ) : (
        <p className="muted">{card.end ? t('end.noNote') : t('end.notReached')}</p>
      )}
    </Section>
  );
}

function DebriefView({
  attempt,
  scenario,
  library,
}: {
  attempt: Attempt;
  scenario?: LibraryEntry;
  library: readonly CatalogEntry[];
}) {
  const { t, i18n } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const uiLocale = currentUiLanguage(i18n);
  const title = scenario
    ? pickLocalized(scenario.scenario.title, uiLocale, scenario.scenario.locales)
    : { text: attempt.scenarioId, lang: undefined };
  const customerName =
    (scenario && localize(scenario.scenario.persona.name, attempt.locale)) || t('transcript.customer');
  const card = attempt.scorecard;
  const lastAt = attempt.transcript[attempt.transcript.length - 1]?.at ?? 0;
  const dateFormat = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <article className="debrief">
      <title>{t('documentTitle', { title: title.text })}</title>
      <header className="debrief__header">
        <p className="debrief__eyebrow">{t('title')}</p>
        <h1 lang={title.lang}>{title.text}</h1>
        <ul className="debrief__meta">
          <li>{tc(`play.mode.${attempt.mode}`)}</li>
          <li>
            <time dateTime={new Date(attempt.startedAt).toISOString()}>
              {dateFormat.format(attempt.startedAt)}
            </time>
          </li>
          <li>{t('meta.length', { time: formatClock(lastAt) })}</li>
          <li>{t(`meta.language.${attempt.locale}`)}</li>
        </ul>
      </header>

      {!scenario ? (
        <p className="debrief__notice" role="note">
          {t('notice.scenarioGone', { id: attempt.scenarioId })}
        </p>
      ) : scenario.scenario.version !== attempt.scenarioVersion ? (
        <p className="debrief__notice" role="note">
          {t('notice.scenarioChanged', { then: attempt.scenarioVersion, now: scenario.scenario.version })}
        </p>
      ) : null}

      {card ? (
        <>
          <ScoreSummary attempt={attempt} card={card} />
          <EndNote attempt={attempt} card={card} {...(scenario && { scenario })} />
        </>
      ) : (
        <p className="debrief__notice" role="note">
          {t('notice.unfinished')}
        </p>
      )}

      <NextSteps attempt={attempt} scenario={scenario} library={library} uiLocale={uiLocale} />

      {card ? (
        <>
          <Section heading={t('dimensions.heading')}>
            <DimensionList
              card={card}
              transcript={attempt.transcript}
              uiLocale={uiLocale}
              lang={attempt.locale}
            />
          </Section>
          <Section heading={t('checkpoints.heading')}>
            <CheckpointList
              checkpoints={card.checkpoints}
              transcript={attempt.transcript}
              uiLocale={uiLocale}
            />
          </Section>
        </>
      ) : null}

      <Section heading={t('mood.heading')}>
        <MoodChart
          trace={attempt.moodTrace}
          endAt={lastAt}
          {...(scenario && { leavesAt: scenario.scenario.persona.leavesAt })}
        />
      </Section>

      <Section heading={t('transcript.heading')} className="debrief__transcript">
        <AnnotatedTranscript
          transcript={attempt.transcript}
          customerName={customerName}
          lang={attempt.locale}
        />
      </Section>
    </article>
  );
}

/**
 * `/attempts/:attemptId`: the debrief of one attempt. The end reached and its note, the overall score with critical
 * issues first, each dimension with every point lost and the reply it points at, checkpoints, the mood line and the
 * annotated transcript. Exam attempts get the same debrief: coaching is only held back during the conversation.
 */
export function DebriefPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation('debrief');
  const result = useAttempt(isAttemptId(attemptId) ? attemptId : null);
  const attemptRow = result?.ok ? result.row : null;
  const played = useScenarioEntry(attemptRow?.scenarioId ?? null);
  const library = useScenarioCatalog();

  if (result === undefined) {
    return (
      <p className="debrief__loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (!result.ok) {
    return (
      <DebriefMessage heading={t('unreadable.heading')}>
        <p>{t('unreadable.body')}</p>
        <p className="muted">
          {result.issue.code === 'read_failed' ? t('unreadable.storage') : t('unreadable.damaged')}
        </p>
        <Link to="/progress">{t('notFound.progress')}</Link>
      </DebriefMessage>
    );
  }
  const attempt = result.row;
  if (!attempt) {
    return (
      <DebriefMessage heading={t('notFound.heading')}>
        <p>{t('notFound.body')}</p>
        <Link to="/progress">{t('notFound.progress')}</Link>
      </DebriefMessage>
    );
  }
  if (attempt.status === 'in_progress') {
    return (
      <DebriefMessage heading={t('inProgress.heading')}>
        <p>{t('inProgress.body')}</p>
        <Link className="button button--primary" to={`/play/${encodeURIComponent(attempt.scenarioId)}`}>
          {t('inProgress.resume')}
        </Link>
      </DebriefMessage>
    );
  }
  const scenario = played.entry;
  if (played.loading) {
    return (
      <p className="debrief__loading" role="status">
        {t('loading')}
      </p>
    );
  }
  return <DebriefView attempt={attempt} library={library.entries} {...(scenario && { scenario })} />;
}
