import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_NAMES } from '../../../engine/scoring/types.ts';
import type { ReplyAnalysis } from '../../../engine/scoring/index.ts';
import { useListFormat } from '../../../ui/use-list-format.ts';

/** a pasted wall of text can fire hundreds of cues; the highlights still show them all */
export const MAX_EVIDENCE_SHOWN = 8;

export function SignalList({ analysis }: { analysis: ReplyAnalysis }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listFormat = useListFormat();
  const fired = SIGNAL_NAMES.filter((name) => analysis[name].fired);
  const missing = SIGNAL_NAMES.filter((name) => !analysis[name].fired);

  return (
    <section className="result-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.result.signalsHeading')}</h3>
      {fired.length === 0 ? (
        <p className="muted">{t('analyzer.result.signalsNone')}</p>
      ) : (
        <ul className="signals">
          {fired.map((name) => (
            <li key={name} className="signal">
              <div className="signal__head">
                <span className={`swatch swatch--${name}`} aria-hidden="true" />
                <h4 className="signal__name">{t(`analysis.signal.${name}`)}</h4>
                {name === 'question' && analysis.question.level ? (
                  <span className="badge">
                    {t('analyzer.result.questionLevel', {
                      level: t(`analysis.level.${analysis.question.level}`),
                    })}
                  </span>
                ) : null}
              </div>
              <p className="signal__help">{t(`analysis.signalHelp.${name}`)}</p>
              <ul className="evidence">
                {analysis[name].evidence.slice(0, MAX_EVIDENCE_SHOWN).map((e) => (
                  <li key={`${e.ruleId}@${e.span.start}-${e.span.end}`}>
                    <q lang={analysis.lang}>{e.cue}</q>
                    <span className="rule">
                      {t('analyzer.result.rule')} <code>{e.ruleId}</code>
                    </span>
                    {e.level ? (
                      <span className="badge badge--muted">{t(`analysis.level.${e.level}`)}</span>
                    ) : null}
                  </li>
                ))}
                {analysis[name].evidence.length > MAX_EVIDENCE_SHOWN ? (
                  <li className="muted">
                    {t('analyzer.result.moreHidden', {
                      count: analysis[name].evidence.length - MAX_EVIDENCE_SHOWN,
                    })}
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 ? (
        <p className="muted">
          {t('analyzer.result.missing', {
            list: listFormat(missing.map((name) => t(`analysis.signal.${name}`))),
          })}
        </p>
      ) : null}
    </section>
  );
}
