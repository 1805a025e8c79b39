import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysis } from '../../../engine/scoring/index.ts';
import type { EmotionSource } from '../hooks/use-reply-analysis.ts';

interface CustomerCoachingProps {
  analysis: ReplyAnalysis;
  emotionSource: EmotionSource;
}

export function CustomerCoaching({ analysis, emotionSource }: CustomerCoachingProps) {
  const { t } = useTranslation();
  const headingId = useId();

  return (
    <section className="result-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.result.customerHeading')}</h3>
      <p className="emotion">
        <span className={`emotion__value emotion__value--${analysis.customerEmotion}`}>
          {t('analyzer.result.emotion', { emotion: t(`analysis.emotion.${analysis.customerEmotion}`) })}
        </span>{' '}
        <span className="muted">{t(`analyzer.result.emotionSource.${emotionSource}`)}</span>
      </p>
      <h4 className="subheading">{t('analyzer.result.coachingHeading')}</h4>
      {analysis.coaching.length === 0 ? (
        <p className="muted">{t('analyzer.result.coachingNone')}</p>
      ) : (
        <ul className="coaching">
          {analysis.coaching.map((code) => (
            <li key={code}>{t(`analysis.coaching.${code}`)}</li>
          ))}
        </ul>
      )}
      {analysis.warnings.length > 0 ? (
        <>
          <h4 className="subheading">{t('analyzer.result.warningsHeading')}</h4>
          <ul className="warnings">
            {analysis.warnings.map((code) => (
              <li key={code}>{t(`analysis.warning.${code}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
