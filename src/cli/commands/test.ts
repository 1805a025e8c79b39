import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { t } from '../i18n.ts';
import { builtInScenariosTarget } from '../scenario/default-targets.ts';
import { findFiles, GOLDEN_SUFFIX, isGoldenFileName } from '../scenario/find-files.ts';
import { countOf, formatIssueLine } from '../scenario/format-issues.ts';
import {
  hasPassed,
  runGoldenFile,
  type GoldenFileReport,
  type TranscriptReport,
} from '../scenario/golden-run.ts';
import { exitOnBrokenPipe } from '../scenario/output.ts';
import { formatIgnoredNotes } from '../scenario/play-report.ts';
import { createPaint, printable, shouldUseColor, type Paint } from '../terminal-text.ts';

interface TestCommandOptions {
  format: 'text' | 'json';
  color?: boolean;
}

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const INDENT = '  ';

const DESCRIPTION = `Run golden transcripts: each scenarios/<id>.golden.yaml holds scripted conversations for scenarios/<id>.yaml and what each must reach (the end, a score band, beats, checkpoints, critical violations).

Each file or folder is checked; folders are searched (subfolders too) for *.golden.yaml files. A scenario file named on its own is tested through the golden file beside it. Without arguments, runs the built-in scenarios/ folder.

Prints ✓ or ✗ per transcript with its locale, the end reached against the one expected and the score against its band, and what did not match.`;

const EXAMPLES = `
Examples:
  $ parley test
  $ parley test scenarios/login-failure-angry.golden.yaml
  $ parley test scenarios/login-failure-angry.yaml
  $ parley test --format json > golden.json

Exit status: 0 every transcript passed, 1 some failed or could not run, 2 wrong usage or nothing to run.`;

/** a named scenario file stands for the golden file beside it */
async function goldenTargets(targets: readonly string[]): Promise<{ targets: string[]; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  for (const target of targets) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(target)).isDirectory();
    } catch {
      out.push(target);
      continue;
    }
    if (isFolder || isGoldenFileName(target)) {
      out.push(target);
      continue;
    }
    const golden = target.replace(/\.(ya?ml|json)$/i, '') + GOLDEN_SUFFIX;
    try {
      await stat(golden);
      out.push(golden);
    } catch {
      errors.push(t('cli.test.notGolden', { file: target }));
    }
  }
  return { targets: out, errors };
}

function expectedEnd(end: TranscriptReport['end']): string {
  return end ?? t('cli.test.noEnd');
}

function formatTranscriptReport(report: TranscriptReport, paint: Paint): string[] {
  const mark = report.passed
    ? paint('green', t('cli.test.pass'))
    : paint(['red', 'bold'], t('cli.test.fail'));
  const actual = expectedEnd(report.end);
  const end =
    report.end === report.expected.end
      ? t('cli.test.endMatched', { actual })
      : t('cli.test.endExpected', { actual, expected: expectedEnd(report.expected.end) });
  const band = report.expected.score;
  const score = band
    ? t('cli.test.score', { score: report.score, min: band.min, max: band.max })
    : t('cli.test.scoreOnly', { score: report.score });
  const head = `${INDENT}${t('cli.test.line', { mark, name: printable(report.name), locale: report.locale })}`;
  const lines = [`${head}  ${paint('dim', `${end} · ${score}`)}`];
  for (const failure of report.failures) lines.push(`${INDENT.repeat(3)}${paint('red', printable(failure))}`);
  for (const note of formatIgnoredNotes(report.ignored))
    lines.push(`${INDENT.repeat(3)}${paint('yellow', note)}`);
  return lines;
}

function formatFileReport(report: GoldenFileReport, paint: Paint): string[] {
  const title = report.scenario ? `${report.file} (${report.scenario})` : report.file;
  const lines = [paint('bold', title)];
  for (const issue of report.issues) lines.push(`${INDENT}${formatIssueLine(issue, issue.file, paint)}`);
  for (const transcript of report.transcripts) lines.push(...formatTranscriptReport(transcript, paint));
  return lines;
}

async function runTests(paths: readonly string[], options: TestCommandOptions): Promise<void> {
  exitOnBrokenPipe();
  const resolved = await goldenTargets(paths);
  const { files, missing, folders } = await findFiles(resolved.targets, isGoldenFileName);
  const usage = [...missing.map((target) => t('cli.test.missing', { target })), ...resolved.errors];
  if (usage.length > 0) {
    for (const message of usage) console.error(message);
    process.exitCode = EXIT_USAGE;
    return;
  }
  if (files.length === 0) {
    console.error(t('cli.test.nothingFound', { targets: folders.join(', ') }));
    process.exitCode = EXIT_USAGE;
    return;
  }
  const reports: GoldenFileReport[] = [];
  for (const file of files) reports.push(await runGoldenFile(file));
  const allPassed = reports.every(hasPassed);

  if (options.format === 'json') {
    console.log(JSON.stringify(reports, null, 2));
  } else {
    const paint = createPaint(
      shouldUseColor({ flag: options.color, isTTY: process.stdout.isTTY === true, env: process.env }),
    );
    const out: string[] = [];
    for (const report of reports) out.push(...formatFileReport(report, paint), '');
    const transcripts = reports.flatMap((r) => r.transcripts);
    const passed = transcripts.filter((r) => r.passed).length;
    const summary = t('cli.test.summary', {
      passed,
      failed: transcripts.length - passed,
      transcripts: countOf('transcript', transcripts.length),
      files: countOf('file', reports.length),
    });
    const broken = reports.filter((r) => r.issues.length > 0).length;
    out.push(
      paint(
        ['bold', allPassed ? 'green' : 'red'],
        broken > 0 ? `${summary}; ${t('cli.test.broken', { files: countOf('file', broken) })}` : summary,
      ),
    );
    console.log(out.join('\n'));
  }
  if (!allPassed) process.exitCode = EXIT_FAILED;
}

export function registerTestCommand(program: Command): void {
  program
    .command('test')
    .summary('run golden transcripts (<id>.golden.yaml) against their scenarios')
    .description(DESCRIPTION)
    .argument(
      '[paths...]',
      'golden files, scenario files or folders (default: the built-in scenarios/ folder)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--color', 'colour the output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: TestCommandOptions) => {
      await runTests(paths.length > 0 ? paths : [builtInScenariosTarget()], options);
    });
}
