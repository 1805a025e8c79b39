import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CompiledScenario } from '../../engine/scenario/compile-scenario.ts';
import { localize } from '../../engine/scenario/lines.ts';
import { LOCALES, type Locale } from '../../engine/scenario/schema.ts';
import { scoreSession } from '../../engine/scoring/scorecard.ts';
import {
  parseScript,
  runScript,
  SCRIPTED_ACTION_SECONDS,
  SCRIPTED_REPLY_SECONDS,
} from '../../engine/session/script.ts';
import { t } from '../i18n.ts';
import { countOf, formatIssueLine } from '../scenario/format-issues.ts';
import { formatScorecard } from '../scenario/format-scorecard.ts';
import { formatTranscript } from '../scenario/format-transcript.ts';
import { createInteractivePlay } from '../scenario/interactive-play.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import { exitOnBrokenPipe, terminalWidth } from '../scenario/output.ts';
import { formatIgnoredNotes, ignoredLines, toPlayReport } from '../scenario/play-report.ts';
import { readStreamText, readTextFile } from '../scenario/read-text-file.ts';
import { BUILT_IN_SCENARIOS_DIR, resolveScenario } from '../scenario/resolve-scenario.ts';
import { createPaint, printable, shouldUseColor, type Paint } from '../terminal-text.ts';

interface PlayCommandOptions {
  lang?: Locale;
  replies?: string;
  seed?: string;
  json?: boolean;
  color?: boolean;
}

export interface PlayCommandSettings {
  /** where built-in scenario ids are looked up */
  scenariosDir?: string;
}

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** scripts are small; a megabyte is far more than any conversation */
const MAX_SCRIPT_BYTES = 1_000_000;
const TICK_MS = 1000;

const DESCRIPTION = `Play a scenario: the customer speaks, you reply, and the conversation is scored at the end.

<scenario> is a scenario file, or the id of a built-in scenario (scenarios/<id>.yaml).

On a terminal you play live: type a reply and press Enter. A line starting with / is a command: /<action> [urgent|important|normal] takes a tool action (e.g. /send_official_link, /create_ticket urgent), /wait N lets N seconds pass, /quit stops. The customer notices silence: nudges arrive while you take your time.

With --replies FILE (or a script piped to stdin) the replies come from a script instead, one per line, with the same / commands and # comments; each reply is taken to arrive ${SCRIPTED_REPLY_SECONDS} seconds after the previous line, each action ${SCRIPTED_ACTION_SECONDS} seconds. The transcript and the scorecard are printed; --json prints them as one JSON object.`;

const EXAMPLES = `
Examples:
  $ parley play login-failure-angry
  $ parley play scenarios/login-failure-angry.yaml --lang zh-CN
  $ parley play login-failure-angry --replies my-replies.txt
  $ printf 'So sorry! What do you see?\\n/send_official_link\\n' | parley play login-failure-angry --json

Exit status: 0 played, 1 the scenario has errors, 2 wrong usage (unknown scenario, unreadable or invalid script).`;

function fail(message: string, exitCode: number): void {
  console.error(message);
  process.exitCode = exitCode;
}

async function loadPlayable(
  arg: string,
  settings: PlayCommandSettings,
  paint: Paint,
): Promise<CompiledScenario | undefined> {
  const folder = settings.scenariosDir ?? BUILT_IN_SCENARIOS_DIR;
  const resolved = await resolveScenario(arg, folder);
  if (resolved.kind === 'missing') {
    fail(t('cli.play.missing', { file: resolved.file }), EXIT_USAGE);
    return undefined;
  }
  if (resolved.kind === 'unknown') {
    const lines = [t('cli.play.unknownId', { id: resolved.id })];
    if (resolved.suggestion) lines.push(t('cli.play.didYouMean', { suggestion: resolved.suggestion }));
    lines.push(
      resolved.known.length > 0
        ? t('cli.play.builtIn', { ids: resolved.known.join(', ') })
        : t('cli.play.noBuiltIn', { folder }),
    );
    fail(lines.join('\n'), EXIT_USAGE);
    return undefined;
  }
  const loaded = await loadScenario(resolved.file);
  // warnings go to stderr, so stdout stays the transcript (or exactly one JSON object)
  for (const issue of loaded.issues) console.error(formatIssueLine(issue, resolved.file, paint));
  if (!loaded.ok) {
    fail(
      t('cli.play.hasErrors', { file: resolved.file, errors: countOf('error', loaded.errors) }),
      EXIT_FAILED,
    );
    return undefined;
  }
  return loaded.compiled;
}

/** the script text from a file or stdin; undefined (after saying why) when it cannot be read */
async function readScript(source: string): Promise<string | undefined> {
  if (source === '-') {
    const text = await readStreamText(process.stdin, MAX_SCRIPT_BYTES);
    if (text === undefined) fail(t('cli.play.repliesTooLarge', { max: MAX_SCRIPT_BYTES }), EXIT_USAGE);
    return text;
  }
  const read = await readTextFile(source, MAX_SCRIPT_BYTES);
  if (read.ok) return read.text;
  fail(t('cli.play.cannotReadReplies', { file: source, detail: read.issue.message }), EXIT_USAGE);
  return undefined;
}

function playScript(
  compiled: CompiledScenario,
  script: string,
  source: string,
  locale: Locale,
  options: PlayCommandOptions,
  paint: Paint,
): void {
  exitOnBrokenPipe();
  const { steps, issues } = parseScript(script);
  if (issues.length > 0) {
    const file = source === '-' ? '<stdin>' : source;
    for (const issue of issues)
      console.error(
        t('cli.play.scriptIssue', { file, line: issue.line, message: issue.message, code: issue.code }),
      );
    fail(t('cli.play.scriptFailed', { count: countOf('error', issues.length) }), EXIT_USAGE);
    return;
  }
  const { session, skipped } = runScript(
    compiled,
    { locale, ...(options.seed !== undefined && { seed: options.seed }) },
    steps,
  );
  const card = scoreSession(compiled, session.transcript);
  session.stop();
  const ignored = ignoredLines(skipped);
  const { scenario } = compiled;
  if (options.json) {
    const report = toPlayReport({
      scenario: scenario.id,
      locale,
      card,
      transcript: session.transcript,
      ignored,
    });
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const width = terminalWidth();
  const name = printable(localize(scenario.persona.name, locale));
  const out = [
    paint(
      'bold',
      t('cli.play.header', {
        title: printable(localize(scenario.title, locale)),
        id: scenario.id,
        locale,
        seed: options.seed ?? scenario.id,
      }),
    ),
    paint(
      'dim',
      t('cli.play.persona', { name, mood: scenario.persona.mood, patience: scenario.persona.patience }),
    ),
    '',
    ...formatTranscript(session.transcript, { scenario, locale, paint, width, echoReplies: true }),
  ];
  const notes = formatIgnoredNotes(ignored);
  if (notes.length > 0) out.push('', ...notes.map((note) => paint('yellow', note)));
  out.push('', ...formatScorecard(card, { compiled, locale, paint, width }));
  console.log(out.join('\n'));
}

/** a live conversation on the terminal: a real clock, a tick every second so silence is noticed */
async function playInteractive(
  compiled: CompiledScenario,
  locale: Locale,
  options: PlayCommandOptions,
  paint: Paint,
): Promise<void> {
  const play = createInteractivePlay({
    compiled,
    locale,
    ...(options.seed !== undefined && { seed: options.seed }),
    clock: () => performance.now(),
    paint,
    width: terminalWidth(),
  });
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  /** prints above the line being typed, then redraws the prompt with what was typed so far */
  const print = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    process.stdout.write('\r\u001b[2K');
    console.log(lines.join('\n'));
  };
  await new Promise<void>((resolve) => {
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      rl.close();
      resolve();
    };
    const timer = setInterval(() => {
      const step = play.tick();
      print(step.output);
      if (step.done) close();
      else if (step.output.length > 0) rl.prompt(true);
    }, TICK_MS);
    rl.on('line', (line) => {
      const step = play.handleLine(line);
      print(step.output);
      if (step.done) close();
      else rl.prompt();
    });
    // Ctrl-C and Ctrl-D stop the conversation and still show the scorecard
    rl.on('SIGINT', () => {
      print(play.stop());
      close();
    });
    rl.on('close', () => {
      if (!closed) print(play.stop());
      close();
    });
    print(play.start());
    rl.prompt();
  });
}

export function registerPlayCommand(program: Command, settings: PlayCommandSettings = {}): void {
  program
    .command('play')
    .summary('play a scenario live, or from scripted replies, and see the scorecard')
    .description(DESCRIPTION)
    .argument('<scenario>', 'a scenario file, or the id of a built-in scenario')
    .addOption(
      new Option('--lang <locale>', "the conversation's language (default: the scenario's first)").choices(
        LOCALES,
      ),
    )
    .option('-r, --replies <file>', "play the replies in a script file ('-' for stdin) instead of live")
    .option('--seed <seed>', "chooses among the customer's line variants (default: the scenario id)")
    .option('--json', 'with scripted replies: print one JSON object (transcript and scorecard)')
    .option('--color', 'colour the output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', EXAMPLES)
    .action(async (arg: string, options: PlayCommandOptions, command: Command) => {
      const scripted = options.replies !== undefined || process.stdin.isTTY !== true;
      if (options.json && !scripted) command.error(t('cli.play.jsonNeedsScript'), { exitCode: EXIT_USAGE });
      const color =
        !options.json &&
        shouldUseColor({ flag: options.color, isTTY: process.stdout.isTTY === true, env: process.env });
      const paint = createPaint(color);
      const errorPaint = createPaint(
        shouldUseColor({ flag: options.color, isTTY: process.stderr.isTTY === true, env: process.env }),
      );
      const compiled = await loadPlayable(arg, settings, errorPaint);
      if (!compiled) return;
      const { locales } = compiled.scenario;
      const locale = options.lang ?? locales[0] ?? 'en';
      if (!locales.includes(locale)) {
        fail(t('cli.play.localeNotOffered', { file: arg, locales: locales.join(', '), locale }), EXIT_USAGE);
        return;
      }
      if (!scripted) {
        await playInteractive(compiled, locale, options, paint);
        return;
      }
      const source = options.replies ?? '-';
      if (source === '-' && process.stdin.isTTY === true) console.error(t('cli.play.readingStdin'));
      const script = await readScript(source);
      if (script === undefined) return;
      playScript(compiled, script, source, locale, options, paint);
    });
}
