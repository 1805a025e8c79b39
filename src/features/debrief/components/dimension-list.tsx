import { useTranslation } from 'react-i18next';
import { DIMENSIONS, PRIORITIES, type Locale, type Priority } from '../../../engine/scenario/constants.ts';
import { localize } from '../../../engine/scenario/lines.ts';
import type { Deduction, Scorecard } from '../../../engine/scoring/index.ts';
import type { TranscriptEntry } from '../../../engine/session/index.ts';
import { weightShares } from '../debrief-format.ts';
import { EvidenceList } from './evidence-list.tsx';

interface DimensionListProps {
  card: Scorecard;
  transcript: readonly TranscriptEntry[];
  /** the interface language, for checkpoint titles named in deductions */
  uiLocale: Locale;
  /** the attempt's language, for quoted words */
  lang: string;
}

function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

/** a deduction's reason in words; a missed checkpoint is named by its title, a priority by its word */
function DeductionReason({
  deduction,
  card,
  uiLocale,
}: {
  deduction: Deduction;
  card: Scorecard;
  uiLocale: Locale;
}) {
  const { t, i18n } = useTranslation();
  const key = `scorecard.deduction.${deduction.code}` as const;
  // a code from a newer build has no words here yet: show the code rather than nothing
  if (!i18n.exists(key)) return <>{deduction.code}</>;
  const params: Record<string, string | number> = { ...deduction.params };
  if (deduction.code === 'checkpoint_missed') {
    const checkpoint = card.checkpoints.find((c) => c.id === params.checkpoint);
    if (checkpoint) params.checkpoint = localize(checkpoint.title, uiLocale) || checkpoint.id;
  }
  if (isPriority(params.priority)) {
    params.priority = t(`play.actions.priorityValue.${params.priority}`).toLocaleLowerCase(uiLocale);
  }
  return <>{t(key, params)}</>;
}

/** each dimension with its score, its weight in the overall score, and every point lost with what it points at */
export function DimensionList({ card, transcript, uiLocale, lang }: DimensionListProps) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const shares = weightShares(card);
  return (
    <ul className="dimensions">
      {DIMENSIONS.map((dimension) => {
        const { score, weight, deductions } = card.dimensions[dimension];
        const lost = deductions.reduce((s, d) => s + d.points, 0);
        return (
          <li key={dimension} className="dimension">
            <div className="dimension__head">
              <h3 className="dimension__name">{tc(`scorecard.dimension.${dimension}`)}</h3>
              <p className="dimension__score">{t('dimensions.score', { score })}</p>
            </div>
            <div className="dimension__bar" aria-hidden="true">
              <span style={{ width: `${score}%` }} />
            </div>
            <p className="dimension__weight muted">
              {weight > 0 ? t('dimensions.weight', { share: shares[dimension] }) : t('dimensions.unweighted')}
            </p>
            {deductions.length === 0 ? (
              <p className="dimension__clean">{t('dimensions.noDeductions')}</p>
            ) : (
              <>
                <p className="visually-hidden">{t('dimensions.lost', { points: lost })}</p>
                <ul
                  className="deductions"
                  aria-label={t('dimensions.deductionsOf', {
                    dimension: tc(`scorecard.dimension.${dimension}`),
                  })}
                >
                  {deductions.map((deduction, i) => (
                    <li key={i} className="deduction">
                      <span className="deduction__points">
                        {t('dimensions.points', { points: deduction.points })}
                      </span>
                      <div className="deduction__body">
                        <p className="deduction__reason">
                          <DeductionReason deduction={deduction} card={card} uiLocale={uiLocale} />
                        </p>
                        <EvidenceList
                          evidence={deduction.evidence ?? []}
                          transcript={transcript}
                          lang={lang}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
