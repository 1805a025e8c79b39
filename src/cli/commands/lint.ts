import type { Command } from 'commander';
import { Option } from 'commander';
import { t } from '../i18n.ts';
import { builtInScenariosTarget } from '../scenario/default-targets.ts';
import { findFiles, isScenarioFileName } from '../scenario/find-files.ts';
import { countOf, formatIssueLine } from '../scenario/format-issues.ts';
import { lintFile, type LintedFile } from '../scenario/load-scenario.ts';
import { exitOnBrokenPipe } from '../scenario/output.ts';
import { createPaint, shouldUseColor } from '../terminal-text.ts';

interface LintCommandOptions {
  strict?: boolean;
  format: 'text' | 'json';
  color?: boolean;
}

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const DESCRIPTION = `Check scenario files: YAML or JSON syntax, the scenario schema, references between beats and ends, and the scenario's graph and content.

Each file or folder is checked; folders are searched (subfolders too) for *.yaml, *.yml and *.json files, leaving out golden transcripts (*.golden.yaml). Without arguments, checks the built-in scenarios/ folder.

Prints one line per issue, file:line:column: severity: message (path) [code], then a summary.`;

const EXAMPLES = `
Examples:
  $ parley lint
  $ parley lint scenarios/login-failure-angry.yaml
  $ parley lint my-scenarios/ --strict
  $ parley lint --format json > lint.json

Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 wrong usage or nothing to check.`;

function summaryLine(results: readonly LintedFile[]): string {
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const warnings = results.reduce((n, r) => n + r.warnings, 0);
  return [countOf('file', results.length), countOf('error', errors), countOf('warning', warnings)].join(', ');
}

async function runLint(targets: readonly string[], options: LintCommandOptions): Promise<void> {
  exitOnBrokenPipe();
  const { files, missing, folders } = await findFiles(targets, isScenarioFileName);
  if (missing.length > 0) {
    for (const target of missing) console.error(t('cli.lint.missing', { target }));
    process.exitCode = EXIT_USAGE;
    return;
  }
  if (files.length === 0) {
    console.error(t('cli.lint.nothingFound', { folders: folders.join(', ') }));
    process.exitCode = EXIT_USAGE;
    return;
  }
  const results: LintedFile[] = [];
  for (const file of files) results.push(await lintFile(file));
  const hasWarnings = results.some((r) => r.warnings > 0);
  const failed = results.some((r) => r.errors > 0) || (options.strict === true && hasWarnings);

  if (options.format === 'json') {
    console.log(
      JSON.stringify(
        results.map(({ file, issues }) => ({ file, issues })),
        null,
        2,
      ),
    );
  } else {
    const color = shouldUseColor({
      flag: options.color,
      isTTY: process.stdout.isTTY === true,
      env: process.env,
    });
    const paint = createPaint(color);
    for (const { file, issues } of results) {
      for (const issue of issues) console.log(formatIssueLine(issue, file, paint));
    }
    console.log(paint(['bold', failed ? 'red' : hasWarnings ? 'yellow' : 'green'], summaryLine(results)));
  }
  if (failed) process.exitCode = EXIT_FAILED;
}

export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .summary('check scenario files for errors and warnings')
    .description(DESCRIPTION)
    .argument('[paths...]', 'scenario files or folders (default: the built-in scenarios/ folder)')
    .option('--strict', 'fail on warnings too')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--color', 'colour the output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: LintCommandOptions) => {
      await runLint(paths.length > 0 ? paths : [builtInScenariosTarget()], options);
    });
}
