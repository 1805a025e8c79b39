import type { CompiledScenario } from '../../engine/scenario/compile-scenario.ts';
import { localize } from '../../engine/scenario/lines.ts';
import type { Locale } from '../../engine/scenario/schema.ts';
import { scoreSession } from '../../engine/scoring/scorecard.ts';
import { parseScript } from '../../engine/session/script.ts';
import { replyReader } from '../../engine/scoring/reply-reader.ts';
import { createSession, type Clock } from '../../engine/session/session.ts';
import { t } from '../i18n.ts';
import { printable, type Paint } from '../terminal-text.ts';
import { formatScorecard } from './format-scorecard.ts';
import { createTranscriptFormatter } from './format-transcript.ts';

export interface InteractiveOptions {
  compiled: CompiledScenario;
  locale: Locale;
  seed?: string;
  /** milliseconds from a monotonic source, e.g. `performance.now` */
  clock: Clock;
  paint: Paint;
  width: number;
}

export interface Step {
  /** lines to print */
  output: string[];
  /** the conversation is over: print the output and stop reading */
  done: boolean;
}

const QUIT = new Set(['/quit', '/exit', '/q']);
const HELP = new Set(['/help', '/?', '/h']);

/**
 * A live conversation, as the terminal sees it: typed lines in, lines to print out. It reads time only from the
 * clock it is given; `/wait N` moves that clock on by N seconds. The readline and timer wiring is the caller's.
 */
export function createInteractivePlay(options: InteractiveOptions) {
  const { compiled, locale, paint, width } = options;
  let skipped = 0;
  const session = createSession(compiled, {
    locale,
    ...(options.seed !== undefined && { seed: options.seed }),
    clock: () => options.clock() + skipped,
    reader: replyReader,
  });
  const formatter = createTranscriptFormatter({
    scenario: compiled.scenario,
    locale,
    paint,
    width,
    echoReplies: false,
  });
  let printed = 0;
  let finished = false;

  const newEntries = (): string[] => {
    const entries = session.transcript.slice(printed);
    printed = session.transcript.length;
    return entries.flatMap((entry) => formatter.formatEntry(entry));
  };

  const status = (): string => {
    const state = session.state();
    const offered = state.offeredActions.map((a) => `/${a}`).join(' ');
    const actions = offered ? t('cli.play.actions', { actions: offered }) : t('cli.play.noActions');
    return paint('dim', `${t('cli.play.status', { mood: state.mood, turn: state.turn })} · ${actions}`);
  };

  const scorecard = (): string[] => {
    finished = true;
    const card = scoreSession(compiled, session.transcript);
    session.stop();
    return ['', ...formatScorecard(card, { compiled, locale, paint, width })];
  };

  /** what happened, then the scorecard when it ended, else the state to answer from */
  const after = (lines: string[]): Step => {
    if (session.state().ended) return { output: [...lines, ...newEntries(), ...scorecard()], done: true };
    return { output: [...lines, ...newEntries(), status()], done: false };
  };

  function start(): string[] {
    const { scenario } = compiled;
    const example = compiled.offeredActions(compiled.startBeat)[0] ?? 'create_ticket';
    return [
      paint('bold', printable(localize(scenario.title, locale))),
      ...(localize(scenario.summary, locale) ? [printable(localize(scenario.summary, locale))] : []),
      paint('dim', t('cli.play.interactiveHelp', { example })),
      '',
      ...newEntries(),
      status(),
    ];
  }

  function handleLine(raw: string): Step {
    if (finished) return { output: [], done: true };
    const line = raw.trim();
    if (line === '') return { output: [], done: false };
    const command = line.toLowerCase();
    if (QUIT.has(command))
      return {
        output: [...newEntries(), '', paint('yellow', t('cli.play.stopped')), ...scorecard()],
        done: true,
      };
    if (HELP.has(command)) return { output: [paint('dim', t('cli.play.commands')), status()], done: false };
    const { steps, issues } = parseScript(line);
    const issue = issues[0];
    if (issue) return { output: [paint('yellow', issue.message)], done: false };
    const step = steps[0];
    if (!step) return { output: [], done: false };
    if (step.type === 'wait') {
      skipped += step.seconds * 1000;
      session.tick();
      return after([]);
    }
    const result = step.type === 'reply' ? session.reply(step.text) : session.act(step.action, step.priority);
    return after(result.ok ? [] : [paint('yellow', result.error.message)]);
  }

  /** silence rules that came due; prints nothing when nothing happened */
  function tick(): Step {
    if (finished) return { output: [], done: true };
    session.tick();
    if (session.transcript.length === printed) return { output: [], done: false };
    return after([]);
  }

  /** the scorecard of a conversation stopped before its end (Ctrl-D, Ctrl-C) */
  function stop(): string[] {
    if (finished) return [];
    return [...newEntries(), '', paint('yellow', t('cli.play.stopped')), ...scorecard()];
  }

  return { start, handleLine, tick, stop, session };
}

export type InteractivePlay = ReturnType<typeof createInteractivePlay>;
