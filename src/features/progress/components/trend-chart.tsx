import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../engine/scenario/constants.ts';
import { trendSeries, type TrendMark, type TrendPoint } from '../trend-series.ts';

interface TrendChartProps {
  dimension: Dimension;
  /** oldest first */
  points: readonly TrendPoint[];
  formatDate: (at: number) => string;
  /** two dates as one stretch of time, e.g. "May 5 – 11"; one date when they fall on the same day */
  formatDateRange: (from: number, to: number) => string;
  formatDateTime: (at: number) => string;
  scenarioTitle: (id: string) => string;
}

const WIDTH = 360;
const HEIGHT = 170;
const MARGIN = { top: 12, right: 16, bottom: 30, left: 36 };
const INNER_W = WIDTH - MARGIN.left - MARGIN.right;
const INNER_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const SCORE_TICKS = [0, 50, 100];
const TICK_GAP = 6;
/** rows of the text alternative: the most recent marks */
const TABLE_ROWS = 20;

/** up to four mark positions to label on the time axis: the first, the last and evenly between */
function tickIndices(n: number): number[] {
  if (n <= 1) return [0];
  const k = Math.min(n, 4);
  return [...new Set(Array.from({ length: k }, (_, i) => Math.round((i * (n - 1)) / (k - 1))))];
}

/** the text alternative: the scores as a table, the most recent rows when there are many */
function TrendTable({
  name,
  marks,
  grouped,
  formatDateRange,
  formatDateTime,
  scenarioTitle,
}: {
  name: string;
  marks: readonly TrendMark[];
  grouped: boolean;
  formatDateRange: (from: number, to: number) => string;
  formatDateTime: (at: number) => string;
  scenarioTitle: (id: string) => string;
}) {
  const { t } = useTranslation('progress');
  const recent = marks.slice(-TABLE_ROWS);
  const cut = recent.length < marks.length;
  const caption = grouped
    ? cut
      ? t('trends.tableGroupedRecent', { dimension: name, shown: recent.length, count: marks.length })
      : t('trends.tableGrouped', { dimension: name })
    : cut
      ? t('trends.tableRecent', { dimension: name, shown: recent.length, count: marks.length })
      : t('trends.table', { dimension: name });
  return (
    // a table ignores the clipping of .visually-hidden, a block around it does not
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          {grouped ? (
            <tr>
              <th scope="col">{t('trends.period')}</th>
              <th scope="col">{t('trends.attempts')}</th>
              <th scope="col">{t('trends.average')}</th>
            </tr>
          ) : (
            <tr>
              <th scope="col">{t('trends.date')}</th>
              <th scope="col">{t('trends.scenario')}</th>
              <th scope="col">{t('trends.score')}</th>
            </tr>
          )}
        </thead>
        <tbody>
          {recent.map((m, i) => {
            return grouped ? (
              <tr key={i}>
                <td>{formatDateRange(m.at, m.until)}</td>
                <td>{m.count}</td>
                <td>{m.score}</td>
              </tr>
            ) : (
              <tr key={i}>
                <td>{formatDateTime(m.at)}</td>
                <td>{m.scenarioId === undefined ? null : scenarioTitle(m.scenarioId)}</td>
                <td>{m.score}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One dimension's score over time, oldest to newest: a mark per scored attempt, or per day, week or month once
 * there are more attempts than fit (so a long history draws a few dozen marks, not a thousand), with a summary and
 * a table of the same marks for screen readers.
 */
export function TrendChart({
  dimension,
  points,
  formatDate,
  formatDateRange,
  formatDateTime,
  scenarioTitle,
}: TrendChartProps) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  const summaryId = useId();
  const marksId = useId();
  const name = tc(`scorecard.dimension.${dimension}`);
  const { grain, marks } = useMemo(() => trendSeries(points), [points]);
  const first = points[0];
  const latest = points[points.length - 1];

  if (!first || !latest) {
    return (
      <figure className="trend">
        <figcaption className="trend__caption">
          <h3 className="trend__name">{name}</h3>
          <p className="trend__summary muted">{t('trends.none')}</p>
        </figcaption>
      </figure>
    );
  }

  const n = marks.length;
  const grouped = grain !== 'attempt';
  // a single mark sits in the middle rather than on the axis
  const x = scaleLinear<number>({ domain: n === 1 ? [-1, 1] : [0, n - 1], range: [0, INNER_W] });
  const y = scaleLinear<number>({ domain: [0, 100], range: [INNER_H, 0] });
  const best = points.reduce((max, p) => Math.max(max, p.score), -Infinity);

  return (
    <figure className="trend">
      <figcaption className="trend__caption">
        <h3 className="trend__name">{name}</h3>
        <p className="trend__summary" id={summaryId}>
          {points.length === 1
            ? t('trends.summaryOne', { score: first.score })
            : t('trends.summary', {
                count: points.length,
                first: first.score,
                latest: latest.score,
                best,
              })}
        </p>
        {grouped ? (
          <p className="trend__summary" id={marksId}>
            {t(`trends.marks.${grain}`)}
          </p>
        ) : null}
      </figcaption>
      <svg
        className="trend__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('trends.chart', { dimension: name })}
        aria-describedby={grouped ? `${summaryId} ${marksId}` : summaryId}
      >
        <Group left={MARGIN.left} top={MARGIN.top}>
          {/* plain svg text for a handful of fixed ticks: no text measuring, and no axis library to load */}
          {SCORE_TICKS.map((v) => (
            <g key={v} className="trend__tick">
              <line className="trend__grid" x1={0} x2={INNER_W} y1={y(v)} y2={y(v)} />
              <text x={-TICK_GAP} y={y(v)} dy="0.32em" textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <line className="trend__axis" x1={0} x2={0} y1={0} y2={INNER_H} />
          <line className="trend__axis" x1={0} x2={INNER_W} y1={INNER_H} y2={INNER_H} />
          <LinePath className="trend__line" data={marks} x={(_, i) => x(i)} y={(m) => y(m.score)} />
          {marks.map((m, i) => (
            <circle key={i} className="trend__point" cx={x(i)} cy={y(m.score)} r={3.5} />
          ))}
          {tickIndices(n).map((i) => {
            const m = marks[i];
            return m ? (
              <g key={i} className="trend__tick">
                <line className="trend__axis" x1={x(i)} x2={x(i)} y1={INNER_H} y2={INNER_H + TICK_GAP} />
                <text x={x(i)} y={INNER_H + TICK_GAP} dy="1em" textAnchor="middle">
                  {formatDate(m.at)}
                </text>
              </g>
            ) : null;
          })}
        </Group>
      </svg>
      <TrendTable
        name={name}
        marks={marks}
        grouped={grouped}
        formatDateRange={formatDateRange}
        formatDateTime={formatDateTime}
        scenarioTitle={scenarioTitle}
      />
    </figure>
  );
}
