import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import type { ForbiddenCategory } from '../../../engine/scoring/index.ts';

interface ForbiddenChartProps {
  /** most frequent first */
  counts: readonly { category: ForbiddenCategory; count: number }[];
}

const BAR_W = 100;
const BAR_H = 10;

/**
 * The forbidden-phrase categories the trainee used, most frequent first: a bar per category with its name and count
 * as text beside it, so the list reads the same without the bars and long names wrap instead of overflowing.
 */
export function ForbiddenChart({ counts }: ForbiddenChartProps) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  if (counts.length === 0) return <p className="muted">{t('forbidden.none')}</p>;
  const max = Math.max(...counts.map((c) => c.count));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, BAR_W] });
  return (
    <ol className="forbidden-chart">
      {counts.map(({ category, count }) => (
        <li key={category} className="forbidden-chart__row">
          <span className="forbidden-chart__label">{tc(`analysis.forbidden.${category}`)}</span>
          <svg
            className="forbidden-chart__bar"
            viewBox={`0 0 ${BAR_W} ${BAR_H}`}
            preserveAspectRatio="none"
            width="100%"
            aria-hidden="true"
            focusable="false"
          >
            <rect className="forbidden-chart__track" x={0} y={0} width={BAR_W} height={BAR_H} />
            <Bar className="forbidden-chart__fill" x={0} y={0} width={Math.max(1, x(count))} height={BAR_H} />
          </svg>
          {/* grid items ignore it; screen readers need it between the name and the count */}{' '}
          <span className="forbidden-chart__count">{t('forbidden.count', { count })}</span>
        </li>
      ))}
    </ol>
  );
}
