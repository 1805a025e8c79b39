/** a problem found in a scenario file, by the parser, the validator or the linter */
export interface ScenarioIssue {
  /** stable snake_case code, e.g. `unknown_beat` */
  code: string;
  severity: 'error' | 'warning';
  /** where inside the document, e.g. `['beats', 'greet', 'rules', 2, 'next']` */
  path: (string | number)[];
  /** 1-based line and column in the file, when the place could be found */
  line?: number;
  column?: number;
  /** what is wrong and what would fix it, in plain English (the app renders `code` + `params` through i18n) */
  message: string;
  params?: Record<string, string | number>;
}

/** `beats.greet.rules[2].next` */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** `scenarios/x.yaml:12:5: error unknown_beat at beats.greet.rules[2].next: ...` */
export function formatIssue(issue: ScenarioIssue, file?: string): string {
  const where = [file ?? '<input>', issue.line ?? 1, issue.column ?? 1].join(':');
  const path = issue.path.length > 0 ? ` (${formatPath(issue.path)})` : '';
  return `${where}: ${issue.severity}: ${issue.message}${path} [${issue.code}]`;
}

export function compareIssues(a: ScenarioIssue, b: ScenarioIssue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}
