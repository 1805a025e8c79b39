import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, moodBand, moodSteps, summarizeMood, type MoodPoint } from '../debrief-format.ts';

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 16, bottom: 48, left: 52 };
const INNER_W = WIDTH - MARGIN.left - MARGIN.right;
const INNER_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const MOOD_TICKS = [0, 2, 4, 6, 8, 10];

interface MoodChartProps {
  trace: readonly MoodPoint[];
  /** ms of the conversation's last line: the line runs on to here */
  endAt: number;
  /** the mood at which the customer leaves, drawn as a dashed line when known and reachable */
  leavesAt?: number;
}

/** the customer's mood over the conversation (0 calm to 10 furious), with a summary and a table for those who cannot see it */
export function MoodChart({ trace, endAt, leavesAt }: MoodChartProps) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const summaryId = useId();
  const summary = summarizeMood(trace);
  if (!summary) return <p className="muted">{t('mood.empty')}</p>;

  const steps = moodSteps(trace, endAt);
  const lastAt = Math.max(1000, ...steps.map((p) => p.at));
  const x = scaleLinear<number>({ domain: [0, lastAt], range: [0, INNER_W] });
  const y = scaleLinear<number>({ domain: [0, 10], range: [INNER_H, 0] });
  // the clock shows whole seconds: ticks on whole seconds, each once (a short conversation has few)
  const timeTicks = [...new Set(x.ticks(6).map((ms) => Math.round(ms / 1000) * 1000))];
  const label = (mood: number) => tc(`play.mood.${moodBand(mood)}`);
  const describe = (p: MoodPoint) => ({ mood: p.mood, label: label(p.mood), time: formatClock(p.at) });
  const steady = trace.every((p) => p.mood === summary.start.mood);

  return (
    <figure className="mood-chart">
      <svg
        className="mood-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <title id={titleId}>{t('mood.chartTitle')}</title>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {MOOD_TICKS.map((v) => (
            <line
              key={v}
              className="mood-chart__grid"
              x1={0}
              x2={INNER_W}
              y1={y(v)}
              y2={y(v)}
              aria-hidden="true"
            />
          ))}
          {leavesAt !== undefined && leavesAt <= 10 ? (
            <g className="mood-chart__limit" aria-hidden="true">
              <line x1={0} x2={INNER_W} y1={y(leavesAt)} y2={y(leavesAt)} />
              <text x={INNER_W} y={y(leavesAt) - 6} textAnchor="end">
                {t('mood.leavesAt', { mood: leavesAt })}
              </text>
            </g>
          ) : null}
          <LinePath className="mood-chart__line" data={steps} x={(p) => x(p.at)} y={(p) => y(p.mood)} />
          {trace.map((p, i) => (
            <circle
              key={i}
              className="mood-chart__point"
              cx={x(p.at)}
              cy={y(p.mood)}
              r={4}
              aria-hidden="true"
            />
          ))}
          <AxisLeft
            scale={y}
            tickValues={MOOD_TICKS}
            label={t('mood.axisMood')}
            labelClassName="mood-chart__axis-label"
            tickClassName="mood-chart__tick"
          />
          <AxisBottom
            top={INNER_H}
            scale={x}
            tickValues={timeTicks}
            tickFormat={(v) => formatClock(Number(v))}
            label={t('mood.axisTime')}
            labelClassName="mood-chart__axis-label"
            tickClassName="mood-chart__tick"
          />
        </Group>
      </svg>
      <figcaption id={summaryId} className="mood-chart__summary">
        {steady
          ? t('mood.summarySteady', describe(summary.start))
          : t('mood.summary', {
              start: summary.start.mood,
              startLabel: label(summary.start.mood),
              peak: summary.peak.mood,
              peakLabel: label(summary.peak.mood),
              peakTime: formatClock(summary.peak.at),
              end: summary.end.mood,
              endLabel: label(summary.end.mood),
            })}
      </figcaption>
      <details className="mood-chart__details">
        <summary>{t('mood.showTable')}</summary>
        <table className="mood-chart__table">
          <caption>{t('mood.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mood.time')}</th>
              <th scope="col">{t('mood.mood')}</th>
            </tr>
          </thead>
          <tbody>
            {trace.map((p, i) => (
              <tr key={i}>
                <td>{formatClock(p.at)}</td>
                <td>{tc('play.mood.value', { label: label(p.mood), mood: p.mood })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
