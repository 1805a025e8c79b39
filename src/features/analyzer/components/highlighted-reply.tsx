import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysis } from '../../../engine/scoring/index.ts';
import { collectMarks, forbiddenCategories, rankKinds, type MarkKind } from '../highlight-marks.ts';
import { segmentText } from '../segment-spans.ts';
import { useListFormat } from '../hooks/use-list-format.ts';

export function HighlightedReply({ analysis }: { analysis: ReplyAnalysis }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listFormat = useListFormat();
  const marks = useMemo(() => collectMarks(analysis), [analysis]);
  const segments = useMemo(() => segmentText(analysis.text, marks), [analysis.text, marks]);
  const presentKinds = rankKinds(marks.map((m) => m.value));

  const kindLabel = (kind: MarkKind) =>
    kind === 'forbidden' ? t('analyzer.result.forbiddenKind') : t(`analysis.signal.${kind}`);

  return (
    <section className="result-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.result.highlightHeading')}</h3>
      <p className="highlighted" lang={analysis.lang} data-testid="highlighted-reply">
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
      {presentKinds.length > 0 ? (
        <ul className="legend" aria-label={t('analyzer.result.legend')}>
          {presentKinds.map((kind) => (
            <li key={kind}>
              <span className={`swatch swatch--${kind}`} aria-hidden="true" />
              {kindLabel(kind)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
