import { useTranslation } from 'react-i18next';
import type { EvidenceRef } from '../../../engine/scoring/index.ts';
import type { TranscriptEntry } from '../../../engine/session/index.ts';
import { entryAnchor, formatClock } from '../debrief-format.ts';

interface EvidenceListProps {
  evidence: readonly EvidenceRef[];
  transcript: readonly TranscriptEntry[];
  /** the language of the quoted words: the attempt's */
  lang: string;
}

/** what a score points at: a link to each reply or moment in the transcript, the words quoted, a better phrasing */
export function EvidenceList({ evidence, transcript, lang }: EvidenceListProps) {
  const { t } = useTranslation('debrief');
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.map((e, i) => (
        <li key={i} className="evidence__item">
          <EvidenceLink evidence={e} transcript={transcript} />
          {e.cue ? (
            <>
              {t('evidence.separator')}
              <q className="evidence__cue" lang={lang}>
                {e.cue}
              </q>
            </>
          ) : null}
          {e.suggestion ? (
            <span className="evidence__better">
              {t('evidence.better')}
              <span lang={lang} className="evidence__suggestion">
                {e.suggestion}
              </span>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "Reply 2" or "At 1:30", linking to that line of the transcript */
export function EvidenceLink({
  evidence,
  transcript,
}: {
  evidence: Pick<EvidenceRef, 'entry' | 'reply'>;
  transcript: readonly TranscriptEntry[];
}) {
  const { t } = useTranslation('debrief');
  const entry = transcript[evidence.entry];
  const text =
    evidence.reply !== undefined
      ? t('evidence.reply', { reply: evidence.reply })
      : t('evidence.moment', { time: formatClock(entry?.at ?? 0) });
  // a scorecard from a newer build may point past what this transcript holds
  if (!entry) return <span>{text}</span>;
  return <a href={`#${entryAnchor(evidence.entry)}`}>{text}</a>;
}
