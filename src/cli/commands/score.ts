import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { Option } from 'commander';
import { LANGS } from '../../engine/scoring/index.ts';
import type { Emotion, Lang, ReplyContext } from '../../engine/scoring/index.ts';
import { t } from '../i18n.ts';
import { formatAnalysis } from '../score/format-analysis.ts';
import { analyzeRequest } from '../score/score-line.ts';
import { scoreStream } from '../score/score-stream.ts';
import { toScoreRecord } from '../score/to-record.ts';
import { shouldUseColor } from '../terminal-text.ts';

interface ScoreCommandOptions {
  lang?: Lang;
  input?: string;
  text?: string;
  customer?: string;
  emotion?: Emotion;
  json?: boolean;
  color?: boolean;
}

const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

// commander wraps each line to the terminal, so paragraphs are single lines
const DESCRIPTION = `Score trainee replies.

Reads JSON Lines from stdin (or --input FILE), one reply per line:
  {"id": 1, "text": "…", "lang"?: "en"|"zh",
   "context"?: {"customer"?: "…", "emotion"?: "anger"|"anxiety"|"none"}}

Writes one JSON line per reply, in the same order: the signals that fired, the forbidden categories, the evidence (rule ids and UTF-16 offsets), the customer's emotion and coaching codes. A line that cannot be scored gets {"id"?, "line", "error", "code"} and the run goes on; blank lines are skipped.

With --text, explains a single reply in readable form instead.`;

const EXAMPLES = `
Examples:
  $ echo '{"id":1,"text":"Sorry about that! Which device are you on?"}' | parley score
  $ parley score --input replies.jsonl --lang zh > scores.jsonl
  $ parley score --text "Please tell me the verification code we just texted you"
  $ parley score --text "我们会在24小时内处理" --customer "我的订单三天了还没到！"

Exit status: 0 every reply was scored, 1 some were rejected, 2 wrong usage or unreadable input.`;

function fail(message: string, exitCode: number): void {
  console.error(message);
  process.exitCode = exitCode;
}

/** writes one line, waiting for the pipe to drain so a slow reader holds the input back */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/** stop quietly when the reader goes away (`parley score < big.jsonl | head`) */
function exitOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function describeReadError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return (code && READ_ERRORS[code]) ?? message;
}

async function runBatch(options: ScoreCommandOptions): Promise<void> {
  let input: NodeJS.ReadableStream = process.stdin;
  const file = options.input;
  if (file !== undefined && file !== '-') {
    try {
      input = (await open(file)).createReadStream();
    } catch (error) {
      fail(t('cli.run.cannotRead', { file, detail: describeReadError(error) }), EXIT_USAGE);
      return;
    }
  } else if (process.stdin.isTTY) {
    console.error(t('cli.run.readingStdin'));
  }
  exitOnBrokenPipe();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let summary;
  try {
    summary = await scoreStream(lines, writeLine, options.lang ? { lang: options.lang } : {});
  } catch (error) {
    fail(t('cli.run.cannotRead', { file: file ?? '-', detail: describeReadError(error) }), EXIT_USAGE);
    return;
  }
  if (summary.failed > 0) {
    fail(t('cli.run.summary', { failed: summary.failed, total: summary.total }), EXIT_REJECTED);
  }
}

function terminalWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : 80;
  return Math.min(100, Math.max(40, columns));
}

function runText(text: string, options: ScoreCommandOptions): void {
  const context: ReplyContext = {
    ...(options.customer !== undefined ? { customer: options.customer } : {}),
    ...(options.emotion ? { emotion: options.emotion } : {}),
  };
  const result = analyzeRequest(
    { text, ...(Object.keys(context).length > 0 ? { context } : {}) },
    { lang: options.lang },
  );
  if (!result.ok) {
    fail(`parley score: ${result.error}`, EXIT_REJECTED);
    return;
  }
  if (options.json) {
    console.log(JSON.stringify(toScoreRecord(null, result.analysis), null, 2));
    return;
  }
  const color = shouldUseColor({ flag: options.color, isTTY: process.stdout.isTTY, env: process.env });
  console.log(
    formatAnalysis(result.analysis, {
      color,
      width: terminalWidth(),
      ...(options.customer !== undefined ? { customer: options.customer } : {}),
    }),
  );
}

export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .summary('score replies: JSON Lines in, JSON Lines out (or explain one reply with --text)')
    .description(DESCRIPTION)
    .addOption(
      new Option('--lang <lang>', 'language of replies that do not name one (default: detected)').choices(
        LANGS,
      ),
    )
    .option('-i, --input <file>', 'read JSON Lines from a file instead of stdin')
    .option('-t, --text <reply>', 'explain one reply for a trainer')
    .option('--customer <message>', "with --text: the customer's message the reply answers")
    .addOption(
      new Option('--emotion <emotion>', "with --text: the customer's emotion, when known").choices([
        'anger',
        'anxiety',
        'none',
      ]),
    )
    .option('--json', 'with --text: print the JSON result instead of the explanation')
    .option('--color', 'colour the explanation even when not on a terminal')
    .option('--no-color', 'never colour the explanation')
    .addHelpText('after', EXAMPLES)
    .action(async (options: ScoreCommandOptions, command: Command) => {
      if (options.text === undefined) {
        for (const [key, flag] of [
          ['customer', '--customer'],
          ['emotion', '--emotion'],
          ['json', '--json'],
        ] as const) {
          if (options[key] !== undefined)
            command.error(t('cli.run.textOnly', { option: flag }), { exitCode: EXIT_USAGE });
        }
        await runBatch(options);
        return;
      }
      if (options.input !== undefined) command.error(t('cli.run.textWithInput'), { exitCode: EXIT_USAGE });
      runText(options.text, options);
    });
}
