import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysis } from '../../../engine/scoring/index.ts';
import { isModelRule } from '../../../engine/scoring/model/forbidden-model.ts';

export const MAX_FORBIDDEN_SHOWN = 20;

export function ForbiddenList({ analysis }: { analysis: ReplyAnalysis }) {
  const { t } = useTranslation();
  const headingId = useId();
  const hits = analysis.forbidden;

  return (
    <section className="result-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.result.forbiddenHeading')}</h3>
      {hits.length === 0 ? (
        <p className="muted">{t('analyzer.result.forbiddenNone')}</p>
      ) : (
        <ul className="forbidden">
          {hits.slice(0, MAX_FORBIDDEN_SHOWN).map((hit) => (
            <li key={`${hit.ruleId}@${hit.span.start}-${hit.span.end}`} className="forbidden__hit">
              <div className="forbidden__head">
                <h4 className="forbidden__category">{t(`analysis.forbidden.${hit.category}`)}</h4>
                <q lang={analysis.lang}>{hit.cue}</q>
                {isModelRule(hit.ruleId) ? (
                  <span className="rule" title={t('analyzer.result.learnedHint')}>
                    {t('analyzer.result.learned')} <code>{hit.ruleId}</code>
                  </span>
                ) : (
                  <span className="rule">
                    {t('analyzer.result.rule')} <code>{hit.ruleId}</code>
                  </span>
                )}
              </div>
              {hit.suggestion ? (
                <p className="forbidden__suggestion">
                  <strong>{t('analyzer.result.sayInstead')}</strong>{' '}
                  <span lang={analysis.lang}>{hit.suggestion}</span>
                </p>
              ) : null}
            </li>
          ))}
          {hits.length > MAX_FORBIDDEN_SHOWN ? (
            <li className="muted">
              {t('analyzer.result.moreHidden', { count: hits.length - MAX_FORBIDDEN_SHOWN })}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
