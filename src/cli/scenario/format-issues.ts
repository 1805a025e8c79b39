import { formatPath, type ScenarioIssue } from '../../engine/scenario/issues.ts';
import { t } from '../i18n.ts';
import { printable, type Paint } from '../terminal-text.ts';

const SEVERITY_STYLE = { error: 'red', warning: 'yellow' } as const;

/**
 * `scenarios/x.yaml:12:5: error: unknown beat 'fixx' (beats.greet.rules[2].next) [unknown_beat]`: the engine's
 * `formatIssue` layout, with the severity in colour when there is colour
 */
export function formatIssueLine(issue: ScenarioIssue, file: string, paint: Paint): string {
  const where = `${file}:${issue.line ?? 1}:${issue.column ?? 1}`;
  const path = issue.path.length > 0 ? ` (${formatPath(issue.path)})` : '';
  const severity = paint([SEVERITY_STYLE[issue.severity], 'bold'], issue.severity);
  return `${where}: ${severity}: ${printable(issue.message)}${path} ${paint('dim', `[${issue.code}]`)}`;
}

/** `1 error` / `2 warnings`: a count with its noun, from `cli.count.<noun>.one|other` */
export function countOf(
  noun: 'file' | 'error' | 'warning' | 'transcript' | 'reply' | 'line',
  count: number,
): string {
  return t(`cli.count.${noun}.${count === 1 ? 'one' : 'other'}`, { count });
}
