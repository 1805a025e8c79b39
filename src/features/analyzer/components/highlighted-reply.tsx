import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysis } from '../../../engine/scoring/index.ts';
import { HighlightedText, HighlightLegend } from '../../../ui/highlight/highlighted-text.tsx';

export function HighlightedReply({ analysis }: { analysis: ReplyAnalysis }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="result-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.result.highlightHeading')}</h3>
      <HighlightedText analysis={analysis} />
      <HighlightLegend analyses={[analysis]} />
    </section>
  );
}
