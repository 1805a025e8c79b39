import { localize } from '../../engine/scenario/lines.ts';
import type { Locale, Scenario } from '../../engine/scenario/schema.ts';
import { SIGNAL_NAMES } from '../../engine/scoring/index.ts';
import type { ReplyAnalysis } from '../../engine/scoring/index.ts';
import type { TranscriptEntry } from '../../engine/session/session.ts';
import { t } from '../i18n.ts';
import { displayWidth, printable, wrapText, type Paint } from '../terminal-text.ts';

export interface TranscriptFormat {
  scenario: Scenario;
  locale: Locale;
  paint: Paint;
  /** terminal columns */
  width: number;
  /** print the agent's own replies (off when the user just typed them) */
  echoReplies: boolean;
}

const MIN_TEXT_WIDTH = 20;

/** `1:05`: minutes and seconds since the conversation started */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** the signals a reply showed and the forbidden phrases it used, in the analyzer's words */
export function describeAnalysis(analysis: ReplyAnalysis, paint: Paint): string {
  const parts: string[] = [];
  for (const signal of SIGNAL_NAMES) {
    if (!analysis[signal].fired) continue;
    const level =
      signal === 'question' && analysis.question.level
        ? ` (${t(`analysis.level.${analysis.question.level}`)})`
        : '';
    parts.push(paint('green', `✓ ${t(`analysis.signal.${signal}`)}${level}`));
  }
  for (const category of new Set(analysis.forbidden.map((hit) => hit.category))) {
    parts.push(paint(['red', 'bold'], `✗ ${t(`analysis.forbidden.${category}`)}`));
  }
  return parts.join('  ');
}

/**
 * Formats transcript entries one after another, remembering the mood so each line shows how it changed. The same
 * formatter serves a finished transcript and a live conversation (entries printed as they arrive).
 */
export function createTranscriptFormatter(format: TranscriptFormat) {
  const { scenario, locale, paint } = format;
  const name = printable(localize(scenario.persona.name, locale)) || '?';
  const labels = { customer: name, agent: t('cli.transcript.you'), action: t('cli.transcript.action') };
  const labelWidth = Math.max(...Object.values(labels).map(displayWidth));
  const indent = ' '.repeat('00:00  '.length + labelWidth + 2);
  let mood = scenario.persona.mood;

  const pad = (label: string) => label + ' '.repeat(labelWidth - displayWidth(label));
  const textWidth = Math.max(MIN_TEXT_WIDTH, format.width - indent.length);

  /** `0:15  Sam    text`, wrapped under its own column */
  const row = (at: number, label: string, text: string, style?: (line: string) => string): string[] => {
    const [first = '', ...rest] = wrapText(printable(text), textWidth);
    const paintLine = style ?? ((line: string) => line);
    return [
      `${paint('dim', formatClock(at).padStart(5))}  ${pad(label)}  ${paintLine(first)}`,
      ...rest.map((line) => `${indent}${paintLine(line)}`),
    ];
  };

  /** `mood 7 → 5 · rules: opening.warm`, under an agent, action or silence line */
  const consequences = (to: number, fired: readonly string[], lead = ''): string[] => {
    const parts = [lead];
    if (to !== mood) {
      parts.push(paint(to > mood ? 'red' : 'green', t('cli.transcript.moodChange', { from: mood, to })));
      mood = to;
    }
    if (fired.length > 0) parts.push(paint('dim', t('cli.transcript.rules', { rules: fired.join(', ') })));
    const line = parts.filter((p) => p !== '').join('  ');
    return line === '' ? [] : [`${indent}${line}`];
  };

  function formatEntry(entry: TranscriptEntry): string[] {
    switch (entry.kind) {
      case 'customer':
        mood = entry.mood;
        return row(entry.at, labels.customer, entry.text, (line) => paint('cyan', line));
      case 'agent':
        return [
          ...(format.echoReplies
            ? row(entry.at, labels.agent, entry.text, (line) => paint('bold', line))
            : []),
          ...consequences(entry.mood, entry.fired, describeAnalysis(entry.analysis, paint)),
        ];
      case 'action':
        return [
          ...row(
            entry.at,
            labels.action,
            `/${entry.action}${entry.priority ? ` ${entry.priority}` : ''}`,
            (line) => paint('yellow', line),
          ),
          ...consequences(entry.mood, entry.fired),
        ];
      case 'silence':
        return [
          ...row(entry.at, '…', t('cli.transcript.silence', { seconds: entry.seconds }), (line) =>
            paint('dim', line),
          ),
          ...consequences(entry.mood, entry.fired),
        ];
      case 'end': {
        const outcome = t(`cli.transcript.outcome.${entry.outcome}`);
        const title =
          entry.end === entry.outcome
            ? t('cli.transcript.endOnly', { outcome })
            : t('cli.transcript.end', { outcome, end: entry.end });
        const kind = /\.(patience|mood|turns)$/.exec(entry.reason)?.[1];
        const why = kind ? ` — ${t(`cli.transcript.endReason.${kind}`)}` : '';
        const note = localize(scenario.ends[entry.end]?.note, locale);
        const style = entry.outcome === 'resolved' || entry.outcome === 'escalated' ? 'green' : 'red';
        return [
          '',
          `${paint('dim', formatClock(entry.at).padStart(5))}  ${paint([style, 'bold'], title)}${why}`,
          ...(note ? wrapText(printable(note), textWidth).map((line) => `${indent}${line}`) : []),
        ];
      }
    }
  }

  return { formatEntry };
}

/** a whole transcript, one entry after another */
export function formatTranscript(entries: readonly TranscriptEntry[], format: TranscriptFormat): string[] {
  const formatter = createTranscriptFormatter(format);
  return entries.flatMap((entry) => formatter.formatEntry(entry));
}
