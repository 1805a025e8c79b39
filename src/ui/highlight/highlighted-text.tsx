import './highlight.css';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysis } from '../../engine/scoring/index.ts';
import { useListFormat } from '../use-list-format.ts';
import { collectMarks, forbiddenCategories, rankKinds, type MarkKind } from './highlight-marks.ts';
import { segmentText } from './segment-spans.ts';

/** the reply's text with every signal and forbidden phrase marked by kind; forbidden ones get a category tag */
export function HighlightedText({ analysis, className }: { analysis: ReplyAnalysis; className?: string }) {
  const { t } = useTranslation();
  const listFormat = useListFormat();
  const marks = useMemo(() => collectMarks(analysis), [analysis]);
  const segments = useMemo(() => segmentText(analysis.text, marks), [analysis.text, marks]);
  const kindLabel = (kind: MarkKind) =>
    kind === 'forbidden' ? t('analyzer.result.forbiddenKind') : t(`analysis.signal.${kind}`);
  return (
    <p
      className={['highlighted', className].filter(Boolean).join(' ')}
      lang={analysis.lang}
      data-testid="highlighted-reply"
    >
      {segments.map((segment) => {
        if (segment.covering.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
        const kinds = rankKinds(segment.covering);
        const [first, second] = kinds;
        const tags = forbiddenCategories(segment.ending);
        return (
          <Fragment key={segment.start}>
            <mark
              className={['hl', `hl--${first}`, second ? `hl2--${second}` : ''].join(' ').trim()}
              data-kinds={kinds.join(' ')}
              title={listFormat(kinds.map(kindLabel))}
            >
              {segment.text}
            </mark>
            {tags.map((category) => (
              <span key={category} className="hl-tag">
                {t(`analysis.forbidden.${category}`)}
              </span>
            ))}
          </Fragment>
        );
      })}
    </p>
  );
}

/** the colour legend for the kinds present in a set of analyses */
export function HighlightLegend({ analyses }: { analyses: readonly ReplyAnalysis[] }) {
  const { t } = useTranslation();
  const kinds = rankKinds(analyses.flatMap((a) => collectMarks(a).map((m) => m.value)));
  if (kinds.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('analyzer.result.legend')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`swatch swatch--${kind}`} aria-hidden="true" />
          {kind === 'forbidden' ? t('analyzer.result.forbiddenKind') : t(`analysis.signal.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
