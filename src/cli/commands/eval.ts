import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { LANGS } from '../../engine/scoring/index.ts';
import { MODEL_FILES, setForbiddenModel } from '../../engine/scoring/model/model-files.ts';
import { evaluateFile, toEvalJson } from '../eval/eval-report.ts';
import type { EvaluatedFile } from '../eval/eval-report.ts';
import { formatReport } from '../eval/format-report.ts';
import { readLabelledText } from '../eval/read-labelled.ts';
import { t } from '../i18n.ts';
import { countOf } from '../scenario/format-issues.ts';
import { exitOnBrokenPipe, terminalWidth } from '../scenario/output.ts';
import { describeReadError } from '../scenario/read-text-file.ts';
import { printable, shouldUseColor } from '../terminal-text.ts';

interface EvalCommandOptions {
  model?: string;
  errors?: boolean;
  json?: boolean;
  color?: boolean;
}

const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

// commander wraps each line to the terminal, so paragraphs are single lines
const DESCRIPTION = `Measure the reply analyzer against labelled replies: precision, recall and F1 per label.

Reads JSON Lines files, one labelled reply per line (the shape of the corpora in src/engine/scoring/fixtures/):
  {"id"?: "…", "text": "…", "labels": ["empathy", "question:open", …],
   "lang"?: "en"|"zh", "customer"?: "the customer's message the reply answers"}

Labels: empathy, apology, question (or question:open, question:focused, question:closed to judge the level too), restatement, solution, timeline, followup, forbidden:absolute, forbidden:blame, forbidden:dismissive, forbidden:privacy, forbidden:impatient. Label by the scoring definitions in DESIGN.md; [] is a reply that should get no label. Without "lang" the language is detected.

Prints, for each file and then for all files together, the precision (P), recall (R) and F1 of every label with its counts (tp true positives, fp false positives, fn misses), the forbidden labels pooled (micro-average), how many replies labelled safe got a forbidden label, and how often a question's level was right. A line that cannot be read is reported with its file and line number and left out of the figures; the run goes on. Blank lines are skipped.`;

const EXAMPLES = `
Examples:
  $ parley eval src/engine/scoring/fixtures/holdout.jsonl
  $ parley eval my-replies.jsonl --errors
  $ parley eval src/engine/scoring/fixtures/corpus-en.jsonl src/engine/scoring/fixtures/corpus-zh.jsonl
  $ parley eval my-replies.jsonl --json > figures.json
  $ parley train --out /tmp/model && parley eval my-replies.jsonl --model /tmp/model

Exit status: 0 every line was evaluated, 1 some lines were rejected, 2 wrong usage or an unreadable file.`;

/** each file read and evaluated, or undefined when one could not be read (each reason printed) */
async function readFiles(files: readonly string[]): Promise<EvaluatedFile[] | undefined> {
  const evaluated: EvaluatedFile[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(t('cli.eval.cannotRead', { file: printable(file), detail: describeReadError(error) }));
      unreadable = true;
      continue;
    }
    evaluated.push(evaluateFile(file, readLabelledText(text)));
  }
  return unreadable ? undefined : evaluated;
}

/** reads the model files of `dir` in place of the shipped ones; false when none could be used (each reason printed) */
async function useModels(dir: string): Promise<boolean> {
  let used = 0;
  for (const lang of LANGS) {
    const file = join(dir, MODEL_FILES[lang]);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      console.error(t('cli.eval.cannotRead', { file: printable(file), detail: describeReadError(error) }));
      return false;
    }
    try {
      setForbiddenModel(JSON.parse(text), lang);
    } catch (error) {
      console.error(
        t('cli.eval.badModel', { file: printable(file), detail: printable((error as Error).message) }),
      );
      return false;
    }
    used++;
  }
  if (used === 0) {
    console.error(
      t('cli.eval.noModel', { dir: printable(dir), files: LANGS.map((l) => MODEL_FILES[l]).join(', ') }),
    );
    return false;
  }
  return true;
}

async function runEval(files: readonly string[], options: EvalCommandOptions): Promise<void> {
  exitOnBrokenPipe();
  if (options.model !== undefined && !(await useModels(options.model))) {
    process.exitCode = EXIT_USAGE;
    return;
  }
  const evaluated = await readFiles(files);
  if (evaluated === undefined) {
    // figures for the files that could be read would pass for figures of them all
    process.exitCode = EXIT_USAGE;
    return;
  }
  for (const { file, rejected } of evaluated) {
    for (const { line, error, code } of rejected) {
      console.error(
        t('cli.eval.rejectedLine', { file: printable(file), line, message: printable(error), code }),
      );
    }
  }
  const errors = options.errors === true;
  if (options.json) {
    console.log(JSON.stringify(toEvalJson(evaluated, { errors }), null, 2));
  } else {
    const color = shouldUseColor({
      flag: options.color,
      isTTY: process.stdout.isTTY === true,
      env: process.env,
    });
    console.log(formatReport(evaluated, { color, width: terminalWidth(), errors }));
  }
  const rejected = evaluated.reduce((n, f) => n + f.rejected.length, 0);
  if (rejected > 0) {
    const lines = evaluated.reduce((n, f) => n + f.rejected.length + f.replies.length, 0);
    console.error(t('cli.eval.summary', { rejected, lines: countOf('line', lines) }));
    process.exitCode = EXIT_REJECTED;
  }
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .summary('measure the analyzer on labelled replies: precision and recall per label')
    .description(DESCRIPTION)
    .argument('<files...>', 'JSON Lines files of labelled replies')
    .option(
      '--model <dir>',
      'read replies with the forbidden-phrase models in <dir> (written by parley train) instead of the shipped ones',
    )
    .option('--errors', 'also list each misread reply with its missed and extra labels')
    .option('--json', 'print one JSON object with the same figures instead')
    .option('--color', 'colour the report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: EvalCommandOptions) => {
      await runEval(files, options);
    });
}
