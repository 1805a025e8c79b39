import type { ScenarioIssue } from './issues.ts';
import { isOutcome, OUTCOMES, type Scenario } from './schema.ts';
import { suggest } from './suggest.ts';

/** checks the schema cannot express: every beat and end a scenario names must exist, and ids must not clash */
export function validateReferences(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const beats = Object.keys(s.beats);
  const ends = Object.keys(s.ends);
  const targets = [...beats, ...ends];
  // sets, so a file with thousands of beats is checked in linear time
  const beatSet = new Set(beats);
  const endSet = new Set(ends);
  const error = (
    code: string,
    path: (string | number)[],
    message: string,
    params?: Record<string, string | number>,
  ) => issues.push({ code, severity: 'error', path, message, ...(params && { params }) });

  const checkTarget = (target: string | undefined, path: (string | number)[]) => {
    if (target === undefined || beatSet.has(target) || endSet.has(target)) return;
    const hint = suggest(target, targets);
    error(
      'unknown_beat',
      path,
      `unknown beat '${target}'${hint ? `; did you mean '${hint}'?` : `; known beats and ends: ${targets.join(', ')}`}`,
      { beat: target, ...(hint && { suggestion: hint }) },
    );
  };

  if (s.start !== undefined && endSet.has(s.start)) {
    error(
      'start_is_end',
      ['start'],
      `'${s.start}' is an end, so the conversation would be over before it starts; start at a beat`,
      {
        beat: s.start,
      },
    );
  } else if (s.start !== undefined && !beatSet.has(s.start)) {
    const hint = suggest(s.start, beats);
    error(
      'unknown_beat',
      ['start'],
      `the start beat '${s.start}' does not exist${hint ? `; did you mean '${hint}'?` : ''}`,
      { beat: s.start, ...(hint && { suggestion: hint }) },
    );
  }
  for (const id of beats) {
    if (endSet.has(id))
      error('id_clash', ['ends', id], `'${id}' is both a beat and an end; rename one of them`, { id });
    const beat = s.beats[id];
    if (!beat) continue;
    const ruleIds = new Set<string>();
    beat.rules.forEach((rule, i) => {
      checkTarget(rule.next, ['beats', id, 'rules', i, 'next']);
      if (rule.id !== undefined) {
        if (ruleIds.has(rule.id))
          error(
            'duplicate_id',
            ['beats', id, 'rules', i, 'id'],
            `another rule in this beat is also called '${rule.id}'`,
          );
        ruleIds.add(rule.id);
      }
    });
    beat.silence?.forEach((rule, i) => checkTarget(rule.next, ['beats', id, 'silence', i, 'next']));
  }
  for (const id of ends) {
    const end = s.ends[id];
    if (end && end.outcome === undefined && !isOutcome(id)) {
      error(
        'end_outcome_missing',
        ['ends', id],
        `the end '${id}' needs an 'outcome' (one of ${OUTCOMES.join(', ')}), or name it after one`,
        {
          end: id,
        },
      );
    }
  }
  const checkpointIds = new Set<string>();
  s.rubric.checkpoints.forEach((c, i) => {
    if (checkpointIds.has(c.id))
      error(
        'duplicate_id',
        ['rubric', 'checkpoints', i, 'id'],
        `another checkpoint is also called '${c.id}'`,
      );
    checkpointIds.add(c.id);
  });
  return issues;
}
