import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../engine/scenario/constants.ts';
import { localize } from '../../../engine/scenario/lines.ts';
import type { CheckpointResult } from '../../../engine/scoring/index.ts';
import type { TranscriptEntry } from '../../../engine/session/index.ts';
import { EvidenceLink } from './evidence-list.tsx';

interface CheckpointListProps {
  checkpoints: readonly CheckpointResult[];
  transcript: readonly TranscriptEntry[];
  uiLocale: Locale;
}

function replyNumber(transcript: readonly TranscriptEntry[], entry: number): number | undefined {
  if (transcript[entry]?.kind !== 'agent') return undefined;
  return transcript.slice(0, entry + 1).filter((e) => e.kind === 'agent').length;
}

/** the scenario's checkpoints, met ones first, each with a word that says so (not only a colour) */
export function CheckpointList({ checkpoints, transcript, uiLocale }: CheckpointListProps) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  if (checkpoints.length === 0) return <p className="muted">{t('checkpoints.none')}</p>;
  const met = checkpoints.filter((c) => c.met);
  const missed = checkpoints.filter((c) => !c.met);
  return (
    <div className="checkpoints">
      <p>{t('checkpoints.count', { met: met.length, total: checkpoints.length })}</p>
      <ul className="checkpoints__list">
        {[...met, ...missed].map((c) => {
          const reply = c.entry === undefined ? undefined : replyNumber(transcript, c.entry);
          return (
            <li key={c.id} className={`checkpoint checkpoint--${c.met ? 'met' : 'missed'}`}>
              <span className="checkpoint__mark" aria-hidden="true">
                {c.met ? '✓' : '✗'}
              </span>
              <span className="checkpoint__status">
                {c.met ? t('checkpoints.met') : t('checkpoints.missed')}
              </span>{' '}
              <span className="checkpoint__title">{localize(c.title, uiLocale) || c.id}</span>{' '}
              <span className="checkpoint__meta muted">
                {tc(`scorecard.dimension.${c.dimension}`)}
                {c.entry !== undefined ? (
                  <>
                    {t('evidence.separator')}
                    <EvidenceLink
                      evidence={{ entry: c.entry, ...(reply !== undefined && { reply }) }}
                      transcript={transcript}
                    />
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
