import type { Dimension, Locale, Outcome } from '../../engine/scenario/schema.ts';
import { DIMENSIONS } from '../../engine/scenario/schema.ts';
import type { CheckpointResult, CriticalIssue, Scorecard } from '../../engine/scoring/scorecard.ts';
import type { ScriptRun, ScriptStep } from '../../engine/session/script.ts';
import type { AgentEntry, SessionErrorCode, TranscriptEntry } from '../../engine/session/session.ts';
import { t } from '../i18n.ts';
import { toScoreRecord, type ScoreRecord } from '../score/to-record.ts';

/** a script line the session did not play: after the end, or refused (an action this beat does not offer) */
export interface IgnoredLine {
  line: number;
  /** the line as a script would write it: the reply, `/create_ticket urgent` or `/wait 60` */
  text: string;
  code: SessionErrorCode;
  message: string;
}

/** an agent's reply with its analysis in the `parley score` record shape; other entries as the session keeps them */
export type TranscriptRecord =
  | Exclude<TranscriptEntry, AgentEntry>
  | (Omit<AgentEntry, 'analysis'> & { analysis: Omit<ScoreRecord, 'id'> });

/** what `parley play --json` prints: one object */
export interface PlayReport {
  scenario: string;
  locale: Locale;
  end: Outcome | null;
  endId: string | null;
  scorecard: {
    overall: number;
    dimensions: Record<Dimension, number>;
    critical: CriticalIssue[];
    checkpoints: CheckpointResult[];
    details: Scorecard;
  };
  transcript: TranscriptRecord[];
  ignored: IgnoredLine[];
}

export function stepText(step: ScriptStep): string {
  switch (step.type) {
    case 'reply':
      return step.text;
    case 'action':
      return `/${step.action}${step.priority ? ` ${step.priority}` : ''}`;
    case 'wait':
      return `/wait ${step.seconds}`;
  }
}

export function ignoredLines(skipped: ScriptRun['skipped']): IgnoredLine[] {
  return skipped.map(({ step, reason }) => ({
    line: step.line,
    text: stepText(step),
    code: reason.code,
    message: reason.message,
  }));
}

/** notes for the lines that were not played: those after the end together, each refused one on its own */
export function formatIgnoredNotes(ignored: readonly IgnoredLine[]): string[] {
  const afterEnd = ignored.filter((i) => i.code === 'session_ended').map((i) => i.line);
  const notes: string[] = [];
  if (afterEnd.length > 0) {
    notes.push(
      t(`cli.play.afterEnd.${afterEnd.length === 1 ? 'one' : 'other'}`, {
        count: afterEnd.length,
        lines: afterEnd.join(', '),
      }),
    );
  }
  for (const i of ignored) {
    if (i.code !== 'session_ended') notes.push(t('cli.play.refused', { line: i.line, message: i.message }));
  }
  return notes;
}

function toTranscriptRecord(entry: TranscriptEntry): TranscriptRecord {
  if (entry.kind !== 'agent') return entry;
  // the entry says which reply it is; the record's own id would only be null
  const analysis: Omit<ScoreRecord, 'id'> & Partial<Pick<ScoreRecord, 'id'>> = toScoreRecord(
    null,
    entry.analysis,
  );
  delete analysis.id;
  return { ...entry, analysis };
}

export function toPlayReport(input: {
  scenario: string;
  locale: Locale;
  card: Scorecard;
  transcript: readonly TranscriptEntry[];
  ignored: readonly IgnoredLine[];
}): PlayReport {
  const { card } = input;
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, card.dimensions[d].score])) as Record<
    Dimension,
    number
  >;
  return {
    scenario: input.scenario,
    locale: input.locale,
    end: card.outcome,
    endId: card.end,
    scorecard: {
      overall: card.overall,
      dimensions,
      critical: card.critical,
      checkpoints: card.checkpoints,
      details: card,
    },
    transcript: input.transcript.map(toTranscriptRecord),
    ignored: [...input.ignored],
  };
}
