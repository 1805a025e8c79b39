import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../engine/scenario/index.ts';

export interface TrendPoint {
  at: number;
  score: number;
  scenarioId: string;
}

interface TrendChartProps {
  dimension: Dimension;
  /** oldest first */
  points: readonly TrendPoint[];
  formatDate: (at: number) => string;
  formatDateTime: (at: number) => string;
  scenarioTitle: (id: string) => string;
}

const WIDTH = 360;
const HEIGHT = 170;
const MARGIN = { top: 12, right: 16, bottom: 30, left: 36 };
const INNER_W = WIDTH - MARGIN.left - MARGIN.right;
const INNER_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const SCORE_TICKS = [0, 50, 100];
/** past this many points the dots would merge into the line */
const MAX_DOTS = 60;
/** rows of the text alternative: the most recent scores */
const TABLE_ROWS = 20;

/** up to four attempt positions to label on the time axis: the first, the last and evenly between */
function tickIndices(n: number): number[] {
  if (n <= 1) return [0];
  const k = Math.min(n, 4);
  return [...new Set(Array.from({ length: k }, (_, i) => Math.round((i * (n - 1)) / (k - 1))))];
}

/** one dimension's score at each scored attempt, oldest to newest, with a summary and a table for screen readers */
export function TrendChart({
  dimension,
  points,
  formatDate,
  formatDateTime,
  scenarioTitle,
}: TrendChartProps) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  const summaryId = useId();
  const name = tc(`scorecard.dimension.${dimension}`);
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

  const n = points.length;
  // a single attempt sits in the middle rather than on the axis
  const x = scaleLinear<number>({ domain: n === 1 ? [-1, 1] : [0, n - 1], range: [0, INNER_W] });
  const y = scaleLinear<number>({ domain: [0, 100], range: [INNER_H, 0] });
  const best = Math.max(...points.map((p) => p.score));
  const recent = points.slice(-TABLE_ROWS);

  return (
    <figure className="trend">
      <figcaption className="trend__caption">
        <h3 className="trend__name">{name}</h3>
        <p className="trend__summary" id={summaryId}>
          {n === 1
            ? t('trends.summaryOne', { score: first.score })
            : t('trends.summary', { count: n, first: first.score, latest: latest.score, best })}
        </p>
      </figcaption>
      <svg
        className="trend__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('trends.chart', { dimension: name })}
        aria-describedby={summaryId}
      >
        <Group left={MARGIN.left} top={MARGIN.top}>
          {SCORE_TICKS.map((v) => (
            <line key={v} className="trend__grid" x1={0} x2={INNER_W} y1={y(v)} y2={y(v)} />
          ))}
          <LinePath className="trend__line" data={[...points]} x={(_, i) => x(i)} y={(p) => y(p.score)} />
          {n <= MAX_DOTS
            ? points.map((p, i) => (
                <circle key={i} className="trend__point" cx={x(i)} cy={y(p.score)} r={3.5} />
              ))
            : null}
          <AxisLeft scale={y} tickValues={SCORE_TICKS} tickClassName="trend__tick" />
          <AxisBottom
            top={INNER_H}
            scale={x}
            tickValues={tickIndices(n)}
            tickFormat={(v) => {
              const p = points[Number(v)];
              return p ? formatDate(p.at) : '';
            }}
            tickClassName="trend__tick"
          />
        </Group>
      </svg>
      {/* a table ignores the clipping of .visually-hidden, a block around it does not */}
      <div className="visually-hidden">
        <table>
          <caption>
            {recent.length < n
              ? t('trends.tableRecent', { dimension: name, shown: recent.length, count: n })
              : t('trends.table', { dimension: name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('trends.date')}</th>
              <th scope="col">{t('trends.scenario')}</th>
              <th scope="col">{t('trends.score')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((p, i) => (
              <tr key={i}>
                <td>{formatDateTime(p.at)}</td>
                <td>{scenarioTitle(p.scenarioId)}</td>
                <td>{p.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
