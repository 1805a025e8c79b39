import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import type { Dimension, Outcome } from '../../engine/scenario/schema.ts';
import { DIMENSIONS } from '../../engine/scenario/schema.ts';
import { runGolden, type GoldenResult, type GoldenTranscript } from '../../engine/session/golden.ts';
import { t } from '../i18n.ts';
import { GOLDEN_SUFFIX } from './find-files.ts';
import { countOf } from './format-issues.ts';
import { loadScenario } from './load-scenario.ts';
import { parseGolden } from './parse-golden.ts';
import { ignoredLines, type IgnoredLine } from './play-report.ts';
import { readTextFile } from './read-text-file.ts';

/** one transcript's result, as `parley test --format json` prints it */
export interface TranscriptReport {
  name: string;
  locale: GoldenTranscript['locale'];
  passed: boolean;
  /** what did not match, in the engine's words */
  failures: string[];
  expected: GoldenTranscript['expect'];
  end: Outcome | null;
  endId: string | null;
  score: number;
  dimensions: Record<Dimension, number>;
  beats: string[];
  checkpoints: { met: string[]; missed: string[] };
  ignored: IgnoredLine[];
}

/** one golden file: problems reading it or its scenario, else each transcript's result */
export interface GoldenFileReport {
  file: string;
  scenario: string | null;
  scenarioFile: string | null;
  /** problems with the golden file or its scenario; when there are any, no transcript was run */
  issues: (ScenarioIssue & { file: string })[];
  transcripts: TranscriptReport[];
}

const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `scenarios/x.golden.yaml` → `scenarios/x` */
export function goldenBase(file: string): string {
  return join(dirname(file), basename(file).slice(0, -GOLDEN_SUFFIX.length));
}

/** the scenario beside a golden file: `<id>.yaml`, `.yml` or `.json` */
async function siblingScenario(goldenFile: string): Promise<{ file?: string; looked: string[] }> {
  const base = goldenBase(goldenFile);
  const looked = SCENARIO_EXTENSIONS.map((ext) => `${base}${ext}`);
  for (const file of looked) if (await isFile(file)) return { file, looked };
  return { looked };
}

function toTranscriptReport(golden: GoldenTranscript, result: GoldenResult): TranscriptReport {
  const card = result.scorecard;
  return {
    name: result.name,
    locale: result.locale,
    passed: result.passed,
    failures: result.failures,
    expected: golden.expect,
    end: result.outcome,
    endId: result.end,
    score: result.score,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, card.dimensions[d].score])) as Record<
      Dimension,
      number
    >,
    beats: result.beats,
    checkpoints: {
      met: card.checkpoints.filter((c) => c.met).map((c) => c.id),
      missed: card.checkpoints.filter((c) => !c.met).map((c) => c.id),
    },
    ignored: ignoredLines(result.skipped),
  };
}

function fileIssue(file: string, code: string, message: string): ScenarioIssue & { file: string } {
  return { file, code, severity: 'error', path: [], message, line: 1, column: 1 };
}

/** read a golden file, load its scenario and play every transcript; never throws */
export async function runGoldenFile(file: string): Promise<GoldenFileReport> {
  const report: GoldenFileReport = { file, scenario: null, scenarioFile: null, issues: [], transcripts: [] };
  const read = await readTextFile(file);
  if (!read.ok) {
    report.issues.push({ ...read.issue, file });
    return report;
  }
  const parsed = parseGolden(read.text);
  if (!parsed.ok) {
    report.issues.push(...parsed.issues.map((issue) => ({ ...issue, file })));
    return report;
  }
  const { golden } = parsed;
  report.scenario = golden.scenario;
  const sibling = await siblingScenario(file);
  if (!sibling.file) {
    report.issues.push(
      fileIssue(
        file,
        'missing_scenario',
        t('cli.test.noScenario', { scenario: golden.scenario, looked: sibling.looked.join(', ') }),
      ),
    );
    return report;
  }
  report.scenarioFile = sibling.file;
  const loaded = await loadScenario(sibling.file);
  if (!loaded.ok) {
    report.issues.push(
      ...loaded.issues
        .filter((i) => i.severity === 'error')
        .map((issue) => ({ ...issue, file: sibling.file ?? file })),
    );
    report.issues.push(
      fileIssue(
        file,
        'scenario_has_errors',
        t('cli.test.scenarioErrors', { file: sibling.file, errors: countOf('error', loaded.errors) }),
      ),
    );
    return report;
  }
  const id = loaded.compiled.scenario.id;
  if (id !== golden.scenario) {
    report.issues.push(
      fileIssue(
        file,
        'wrong_scenario',
        t('cli.test.wrongScenario', { scenario: golden.scenario, file: sibling.file, id }),
      ),
    );
    return report;
  }
  for (const transcript of golden.transcripts) {
    report.transcripts.push(toTranscriptReport(transcript, runGolden(loaded.compiled, transcript)));
  }
  return report;
}

/** whether a golden file passed: it could be read and every transcript did what it expects */
export function hasPassed(report: GoldenFileReport): boolean {
  return report.issues.length === 0 && report.transcripts.every((r) => r.passed);
}
