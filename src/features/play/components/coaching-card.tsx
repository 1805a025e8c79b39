import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceCode } from '../../../engine/session/index.ts';
import type { ReplyAnalysis, SignalName } from '../../../engine/scoring/index.ts';
import { HighlightedText } from '../../../ui/highlight/highlighted-text.tsx';

const SHOWN: readonly SignalName[] = [
  'empathy',
  'apology',
  'question',
  'restatement',
  'solution',
  'timeline',
  'followup',
];

/** practice mode: what the reply did well, what it missed, the forbidden phrases with better ones, and what next */
export function CoachingCard({
  analysis,
  advice,
}: {
  analysis: ReplyAnalysis;
  advice: readonly AdviceCode[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const fired = SHOWN.filter((s) => analysis[s].fired);
  return (
    <aside className="coaching-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="coaching-card__heading">
        {t('play.coaching.heading')}
      </h3>
      {analysis.forbidden.length > 0 ? (
        <HighlightedText analysis={analysis} className="coaching-card__reply" />
      ) : null}
      <h4>{t('play.coaching.didWell')}</h4>
      {fired.length === 0 ? (
        <p className="muted">{t('play.coaching.nothingWell')}</p>
      ) : (
        <ul className="coaching-card__list">
          {fired.map((s) => (
            <li key={s}>
              {t(`analysis.signal.${s}`)}
              {s === 'question' && analysis.question.level
                ? ` (${t(`analysis.level.${analysis.question.level}`)})`
                : ''}
            </li>
          ))}
        </ul>
      )}
      {analysis.forbidden.length > 0 || analysis.coaching.length > 0 ? (
        <>
          <h4>{t('play.coaching.missed')}</h4>
          <ul className="coaching-card__list coaching-card__list--missed">
            {analysis.forbidden.map((hit) => (
              <li key={`${hit.span.start}-${hit.category}`}>
                {t('play.coaching.forbidden', {
                  cue: hit.span.text,
                  category: t(`analysis.forbidden.${hit.category}`),
                })}{' '}
                <span className="coaching-card__better">
                  {t('play.coaching.better', { suggestion: hit.suggestion })}
                </span>
              </li>
            ))}
            {analysis.coaching
              .filter((c) => c !== 'avoid_forbidden')
              .map((code) => (
                <li key={code}>{t(`analysis.coaching.${code}`)}</li>
              ))}
          </ul>
        </>
      ) : null}
      <h4>{t('play.coaching.next')}</h4>
      <ul className="coaching-card__list">
        {advice.map((code) => (
          <li key={code}>{t(`play.advice.${code}`)}</li>
        ))}
      </ul>
    </aside>
  );
}
