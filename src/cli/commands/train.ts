import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { detectLang, LANGS, type Lang } from '../../engine/scoring/index.ts';
import { MODEL_CATEGORIES } from '../../engine/scoring/model/forbidden-model.ts';
import { MODEL_FILES } from '../../engine/scoring/model/model-files.ts';
import {
  trainForbiddenModel,
  TRAINING_DEFAULTS,
  type TrainingReply,
} from '../../engine/scoring/model/train-forbidden-model.ts';
import { normalizeText } from '../../engine/scoring/normalize.ts';
import { parseLabelledLine } from '../eval/parse-entry.ts';
import { t } from '../i18n.ts';
import { countOf } from '../scenario/format-issues.ts';
import { describeReadError } from '../scenario/read-text-file.ts';
import { printable } from '../terminal-text.ts';

interface TrainCommandOptions {
  out?: string;
  epochs?: string;
}

const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

/** the labelled corpora the shipped models learn from, and where the models live */
export const DEFAULT_CORPORA = fileURLToPath(new URL('../../engine/scoring/fixtures/', import.meta.url));
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../engine/scoring/model/', import.meta.url));

const DESCRIPTION = `Teach the analyzer's learned forbidden-phrase model from labelled replies.

The lexicons find the phrasings someone wrote a rule for; the model, a logistic regression over words and word pairs (characters in Chinese), finds paraphrases of absolute, blame, dismissive and impatient replies that no rule names yet. It only adds to what the rules find, and asking for a secret is left to the rules.

Reads JSON Lines files of labelled replies, the shape parley eval reads (without files: every .jsonl file of src/engine/scoring/fixtures, in name order), learns one model per language and writes forbidden-en.json and forbidden-zh.json. Nothing is written if a line cannot be read. The same replies always give the same model; a test fails when the shipped model was not trained on the current corpora.`;

const EXAMPLES = `
Examples:
  $ parley train
  $ parley train my-replies.jsonl --out /tmp/model

Exit status: 0 the models were written, 1 some lines were rejected, 2 wrong usage or an unreadable file.`;

async function corpusFiles(files: readonly string[]): Promise<string[] | undefined> {
  if (files.length > 0) return [...files];
  const names = (await readdir(DEFAULT_CORPORA)).filter((n) => n.endsWith('.jsonl')).sort();
  if (names.length === 0) {
    console.error(t('cli.train.noFiles', { dir: printable(DEFAULT_CORPORA) }));
    return undefined;
  }
  return names.map((n) => join(DEFAULT_CORPORA, n));
}

/** the replies of the files by language, or undefined when a file or a line could not be read (each reason printed) */
async function readReplies(files: readonly string[]): Promise<Map<Lang, TrainingReply[]> | number> {
  const byLang = new Map<Lang, TrainingReply[]>(LANGS.map((l) => [l, []]));
  let rejected = 0;
  let lines = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(t('cli.train.cannotRead', { file: printable(file), detail: describeReadError(error) }));
      return EXIT_USAGE;
    }
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .forEach((raw, index) => {
        if (raw.trim() === '') return;
        lines++;
        const parsed = parseLabelledLine(raw, index + 1);
        if (!parsed.ok) {
          rejected++;
          const { line, error, code } = parsed.error;
          console.error(
            t('cli.train.rejectedLine', { file: printable(file), line, message: printable(error), code }),
          );
          return;
        }
        const { text: reply, labels, lang, customer } = parsed.reply;
        const replyLang = lang ?? detectLang(normalizeText(reply).text);
        byLang.get(replyLang)?.push({ text: reply, labels, ...(customer !== undefined ? { customer } : {}) });
      });
  }
  if (rejected > 0) {
    console.error(t('cli.train.rejected', { rejected, lines: countOf('line', lines) }));
    return EXIT_REJECTED;
  }
  return byLang;
}

async function runTrain(files: readonly string[], options: TrainCommandOptions): Promise<void> {
  const epochs = options.epochs === undefined ? TRAINING_DEFAULTS.epochs : Number(options.epochs);
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100_000) {
    console.error(t('cli.train.badEpochs', { value: printable(String(options.epochs)) }));
    process.exitCode = EXIT_USAGE;
    return;
  }
  const paths = await corpusFiles(files);
  if (!paths) {
    process.exitCode = EXIT_USAGE;
    return;
  }
  const replies = await readReplies(paths);
  if (typeof replies === 'number') {
    process.exitCode = replies;
    return;
  }
  const outDir = resolve(options.out ?? DEFAULT_MODEL_DIR);
  for (const lang of LANGS) {
    const own = replies.get(lang) ?? [];
    if (own.length === 0) {
      console.error(t('cli.train.noReplies', { lang }));
      continue;
    }
    const model = trainForbiddenModel(lang, own, { ...TRAINING_DEFAULTS, epochs });
    const file = join(outDir, MODEL_FILES[lang]);
    try {
      await mkdir(outDir, { recursive: true });
      await writeFile(file, `${JSON.stringify(model, null, 2)}\n`, 'utf8');
    } catch (error) {
      console.error(t('cli.train.cannotWrite', { file: printable(file), detail: describeReadError(error) }));
      process.exitCode = EXIT_USAGE;
      return;
    }
    const counts = MODEL_CATEGORIES.map((c) => `${c} ${Object.keys(model.categories[c].weights).length}`);
    const weights = MODEL_CATEGORIES.reduce((n, c) => n + Object.keys(model.categories[c].weights).length, 0);
    console.log(
      t('cli.train.trained', {
        lang,
        replies: own.length,
        weights,
        perCategory: counts.join(', '),
        file: printable(file),
      }),
    );
  }
}

export function registerTrainCommand(program: Command): void {
  program
    .command('train')
    .summary("teach the analyzer's learned forbidden-phrase model from labelled replies")
    .description(DESCRIPTION)
    .argument(
      '[files...]',
      'JSON Lines files of labelled replies (default: the corpora in src/engine/scoring/fixtures)',
    )
    .option('--out <dir>', 'write the model files here (default: src/engine/scoring/model)')
    .option('--epochs <n>', `passes over the replies (default: ${TRAINING_DEFAULTS.epochs})`)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: TrainCommandOptions) => {
      await runTrain(files, options);
    });
}
