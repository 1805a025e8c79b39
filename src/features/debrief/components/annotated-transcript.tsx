import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_NAMES, type ReplyAnalysis } from '../../../engine/scoring/types.ts';
import type { AgentEntry, TranscriptEntry } from '../../../engine/session/index.ts';
import { HighlightedText, HighlightLegend } from '../../../ui/highlight/highlighted-text.tsx';
import { entryAnchor, formatClock, moodBand } from '../debrief-format.ts';

interface AnnotatedTranscriptProps {
  transcript: readonly TranscriptEntry[];
  customerName: string;
  /** the attempt's language */
  lang: string;
}

/** the signals a reply showed, each with the words that showed it */
function ReplySignals({ analysis, lang }: { analysis: ReplyAnalysis; lang: string }) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const shown = SIGNAL_NAMES.filter((s) => analysis[s].fired);
  if (shown.length === 0) return <p className="turn__note muted">{t('transcript.noSignals')}</p>;
  return (
    <ul className="turn__signals" aria-label={t('transcript.showed')}>
      {shown.map((signal) => {
        const cue = analysis[signal].evidence[0]?.cue;
        const level = signal === 'question' ? analysis.question.level : null;
        return (
          <li key={signal} className={`turn__signal turn__signal--${signal}`}>
            <span className="turn__signal-name">
              {tc(`analysis.signal.${signal}`)}
              {level ? t('transcript.level', { level: tc(`analysis.level.${level}`) }) : null}
            </span>
            {cue ? (
              <>
                {t('evidence.separator')}
                <q lang={lang}>{cue}</q>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** each forbidden phrase of a reply: its category and the better phrasing */
function ForbiddenHits({ analysis, lang }: { analysis: ReplyAnalysis; lang: string }) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  if (analysis.forbidden.length === 0) return null;
  return (
    <ul className="turn__forbidden" aria-label={t('transcript.forbidden')}>
      {analysis.forbidden.map((hit, i) => (
        <li key={i} className="forbidden-hit">
          <p className="forbidden-hit__what">
            {t('transcript.avoid', { category: tc(`analysis.forbidden.${hit.category}`) })}
            <q lang={lang} className="forbidden-hit__cue">
              {hit.cue}
            </q>
          </p>
          <p className="forbidden-hit__better">
            {t('evidence.better')}
            <span lang={lang} className="evidence__suggestion">
              {hit.suggestion}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

function AgentTurn({ entry, reply, lang }: { entry: AgentEntry; reply: number; lang: string }) {
  const { t } = useTranslation('debrief');
  return (
    <>
      <p className="turn__who">
        {t('transcript.you', { reply })}{' '}
        <span className="turn__time muted">
          {t('transcript.when', { time: formatClock(entry.at), seconds: Math.round(entry.waited / 1000) })}
        </span>
      </p>
      <HighlightedText analysis={entry.analysis} className="turn__reply" />
      <ReplySignals analysis={entry.analysis} lang={lang} />
      <ForbiddenHits analysis={entry.analysis} lang={lang} />
    </>
  );
}

/** the whole conversation: what the customer said, every reply highlighted and explained, actions, silences, the end */
export function AnnotatedTranscript({ transcript, customerName, lang }: AnnotatedTranscriptProps) {
  const { t } = useTranslation('debrief');
  const { t: tc } = useTranslation();
  const analyses = useMemo(
    () => transcript.flatMap((e) => (e.kind === 'agent' ? [e.analysis] : [])),
    [transcript],
  );
  const replyNumbers = useMemo(() => {
    let n = 0;
    return transcript.map((e) => (e.kind === 'agent' ? ++n : 0));
  }, [transcript]);
  return (
    <>
      <HighlightLegend analyses={analyses} />
      <ol className="transcript">
        {transcript.map((entry, i) => {
          const id = entryAnchor(i);
          switch (entry.kind) {
            case 'customer':
              return (
                <li key={i} id={id} tabIndex={-1} className="turn turn--customer">
                  <p className="turn__who">
                    {customerName}{' '}
                    <span className="turn__time muted">
                      {t('transcript.customerWhen', {
                        time: formatClock(entry.at),
                        mood: tc('play.mood.value', {
                          label: tc(`play.mood.${moodBand(entry.mood)}`),
                          mood: entry.mood,
                        }),
                      })}
                    </span>
                  </p>
                  <p className="turn__text" lang={lang}>
                    {entry.text}
                  </p>
                </li>
              );
            case 'agent':
              return (
                <li key={i} id={id} tabIndex={-1} className="turn turn--agent">
                  <AgentTurn entry={entry} reply={replyNumbers[i] ?? 0} lang={lang} />
                </li>
              );
            case 'action':
              return (
                <li key={i} id={id} tabIndex={-1} className="turn turn--event">
                  {t('transcript.action', {
                    time: formatClock(entry.at),
                    action:
                      tc(`play.action.${entry.action}`) +
                      (entry.priority ? ` (${tc(`play.actions.priorityValue.${entry.priority}`)})` : ''),
                  })}
                </li>
              );
            case 'silence':
              return (
                <li key={i} id={id} tabIndex={-1} className="turn turn--event">
                  {t('transcript.silence', { time: formatClock(entry.at), seconds: entry.seconds })}
                </li>
              );
            case 'end':
              return (
                <li key={i} id={id} tabIndex={-1} className="turn turn--end">
                  {t('transcript.end', {
                    time: formatClock(entry.at),
                    outcome: tc(`scorecard.outcome.${entry.outcome}`),
                  })}
                </li>
              );
            default:
              return null;
          }
        })}
      </ol>
    </>
  );
}
