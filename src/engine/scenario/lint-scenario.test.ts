import { readFileSync } from 'node:fs';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { formatPath, type ScenarioIssue } from './issues.ts';
import { lintScenario, lintText } from './lint-scenario.ts';
import { parseScenario } from './parse-scenario.ts';
import { OUTCOMES, TOOL_ACTIONS, type Outcome, type ToolActionId } from './schema.ts';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');

interface Parts {
  /** replaces the lines from `id:` to `actions:` */
  header?: string;
  /** added after the header, before `beats:` */
  extra?: string;
  beats?: string;
  ends?: string;
  rubric?: string;
}

const HEADER = `id: t
version: 1
locales: [en]
title: { en: T }
summary: { en: S }
skills: [empathy]
difficulty: 1
persona: { name: { en: Sam }, mood: 5, patience: 60 }
actions: [refund]
`;

const BEATS = `  greet:
    say: [{ en: Hi. }]
    rules:
      - when: empathy
        next: help
      - say: [{ en: Hm. }]
  help:
    rules:
      - on: action
        when: { action: refund }
        next: resolved
      - say: [{ en: Well? }]
`;

const ENDS = `  resolved: { note: { en: Done. } }
  customer_left: { note: { en: Gone. } }
`;

const RUBRIC = `  weights: { empathy: 50, clarification: 0, compliance: 0, resolution: 50, timeliness: 0 }
  checkpoints:
    - id: refunded
      title: { en: Refunded }
      when: { action: refund }
`;

/** a scenario that lints clean, with one part swapped */
function scenario(parts: Parts = {}): string {
  return `${parts.header ?? HEADER}${parts.extra ?? ''}beats:\n${parts.beats ?? BEATS}ends:\n${parts.ends ?? ENDS}rubric:\n${parts.rubric ?? RUBRIC}`;
}

/** what a trainer sees of each issue */
function lint(text: string) {
  return lintText(text).issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    path: formatPath(i.path),
    at: `${i.line ?? '?'}:${i.column ?? '?'}`,
    message: i.message,
  }));
}

function codes(text: string): string[] {
  return lintText(text).issues.map((i) => `${i.severity} ${i.code} ${formatPath(i.path)}`);
}

describe('lintText', () => {
  it('finds nothing wrong with the base scenario or the mini fixture', () => {
    expect(lint(scenario())).toEqual([]);
    expect(lint(MINI)).toEqual([]);
  });

  it('returns the scenario, sorted issues and their counts', () => {
    const result = lintText(
      scenario({
        beats: `${BEATS}  orphan:\n    rules:\n      - next: resolved\n`,
        ends: `${ENDS}  failed: { note: { en: F. } }\n`,
      }),
    );
    expect(result.scenario?.id).toBe('t');
    expect(result.errors).toBe(2);
    expect(result.warnings).toBe(0);
    expect(result.issues.map((i) => i.line)).toEqual(
      [...result.issues.map((i) => i.line)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });

  it('returns the parser issues when the file cannot be read', () => {
    const result = lintText('id: [');
    expect(result.scenario).toBeUndefined();
    expect(result.errors).toBeGreaterThan(0);
    expect(result.issues[0]?.code).toBe('yaml_syntax');
  });

  it('gives issues without places when no locator is passed', () => {
    const parsed = parseScenario(
      scenario({ beats: `${BEATS}  orphan:\n    rules:\n      - next: resolved\n` }),
    );
    if (!parsed.ok) throw new Error('must parse');
    const issues = lintScenario(parsed.scenario);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unreachable_beat', undefined, undefined],
    ]);
  });
});

describe('reachability', () => {
  it('reports a beat that no rule leads to', () => {
    expect(lint(scenario({ beats: `${BEATS}  orphan:\n    rules:\n      - next: resolved\n` })))
      .toMatchInlineSnapshot(`
      [
        {
          "at": "23:3",
          "code": "unreachable_beat",
          "message": "beat 'orphan' cannot be reached from 'greet'; add a rule whose next is 'orphan' or remove it",
          "path": "beats.orphan",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports an end that no rule leads to', () => {
    expect(lint(scenario({ ends: `${ENDS}  escalated: { note: { en: Passed on. } }\n` })))
      .toMatchInlineSnapshot(`
      [
        {
          "at": "26:3",
          "code": "unreachable_end",
          "message": "end 'escalated' cannot be reached from 'greet'; add a rule whose next is 'escalated' or remove it",
          "path": "ends.escalated",
          "severity": "error",
        },
      ]
    `);
  });

  it('follows the start beat, not the first one listed', () => {
    expect(codes(scenario({ extra: 'start: help\n' }))).toMatchInlineSnapshot(`
      [
        "error unreachable_beat beats.greet",
      ]
    `);
  });

  it('counts silence rules and the customer leaving as ways to reach a place', () => {
    const beats = `  greet:
    silence:
      - after: 20
        next: help
    rules:
      - say: [{ en: Hm. }]
${BEATS.split('\n').slice(6).join('\n')}`;
    // customer_left is reached by running out of patience; help by silence
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`[]`);
  });

  it('does not count rules that can never fire as ways in', () => {
    const beats = BEATS.replace('when: empathy', 'when: { all: [empathy, { not: empathy }] }');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "11:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'greet' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.greet",
          "severity": "warning",
        },
        {
          "at": "14:9",
          "code": "impossible_condition",
          "message": "the condition of rule 1 of beat 'greet' can never be true: its parts contradict each other (like 'empathy' and 'not empathy'); fix the condition or remove the rule",
          "path": "beats.greet.rules[0].when",
          "severity": "error",
        },
        {
          "at": "17:3",
          "code": "unreachable_beat",
          "message": "beat 'help' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'help' or remove it",
          "path": "beats.help",
          "severity": "error",
        },
        {
          "at": "23:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "24:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet'; add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });
});

describe('dead ends', () => {
  const noWayOut = `  greet:
    rules:
      - when: empathy
        next: help
      - say: [{ en: Hm. }]
  help:
    rules:
      - say: [{ en: Well? }]
`;

  it('is an error when nothing can ever leave the beat', () => {
    expect(
      lint(
        scenario({
          beats: noWayOut,
          ends: '  resolved: { note: { en: Done. } }\n',
          rubric:
            '  weights: { empathy: 1, clarification: 0, compliance: 0, resolution: 0, timeliness: 0 }\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "at": "16:3",
          "code": "dead_end",
          "message": "beat 'help' is a dead end: no rule or silence rule leads anywhere and no end lets the customer leave, so the conversation never finishes; add a rule with a 'next', or an end 'customer_left'",
          "path": "beats.help",
          "severity": "error",
        },
        {
          "at": "19:1",
          "code": "no_leave_end",
          "message": "no end has the outcome customer_left or failed, so the customer never leaves when their patience, mood or turns run out; add an end 'customer_left'",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "19:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "20:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet'; add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });

  it('is only a warning when the customer can still leave', () => {
    expect(
      codes(
        scenario({
          beats: noWayOut,
          rubric:
            '  weights: { empathy: 1, clarification: 0, compliance: 0, resolution: 0, timeliness: 0 }\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "warning stuck_beat beats.help",
        "warning no_success_end ends",
        "error unreachable_end ends.resolved",
      ]
    `);
  });

  it('reports beats that only lead to each other, with no end in reach', () => {
    const loop = `  greet:
    rules:
      - when: empathy
        next: help
      - say: [{ en: Hm. }]
  help:
    rules:
      - next: greet
`;
    expect(
      codes(
        scenario({
          beats: loop,
          ends: '  resolved: { note: { en: Done. } }\n',
          rubric:
            '  weights: { empathy: 1, clarification: 0, compliance: 0, resolution: 0, timeliness: 0 }\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error no_way_to_end beats.greet",
        "error no_way_to_end beats.help",
        "warning no_leave_end ends",
        "warning no_success_end ends",
        "error unreachable_end ends.resolved",
      ]
    `);
  });
});

describe('conditions that can never hold', () => {
  it('reports an action no beat offers: an error when it kills the rule', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Well? }]',
      '      - on: action\n        when: { action: compensate }\n        mood: -1\n      - say: [{ en: Well? }]',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "23:25",
          "code": "action_not_offered",
          "message": "no beat offers the action 'compensate', so 'action: compensate' is never true and the rule can never fire; add compensate to the scenario's or a beat's 'actions', or change the condition",
          "path": "beats.help.rules[1].when.action",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports an action no beat offers: a warning when the rule can still fire', () => {
    const beats = BEATS.replace('when: empathy', "when: { any: [empathy, 'action: compensate'] }");
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "14:32",
          "code": "action_not_offered",
          "message": "no beat offers the action 'compensate', so 'action: compensate' is never true; add compensate to the scenario's or a beat's 'actions', or change the condition",
          "path": "beats.greet.rules[0].when.any[1]",
          "severity": "warning",
        },
      ]
    `);
  });

  it('counts actions offered by any beat, not only the scenario', () => {
    const beats = BEATS.replace('  help:\n', '  help:\n    actions: [refund, compensate]\n').replace(
      '      - say: [{ en: Well? }]',
      '      - on: action\n        when: { action: compensate }\n        mood: -1\n      - say: [{ en: Well? }]',
    );
    expect(lint(scenario({ beats }))).toEqual([]);
  });

  it('reports a tool-action rule in a beat that offers no actions', () => {
    const beats = BEATS.replace('  help:\n', '  help:\n    actions: []\n');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "17:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'help' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.help",
          "severity": "warning",
        },
        {
          "at": "20:13",
          "code": "no_actions_in_beat",
          "message": "rule 1 of beat 'help' reacts to tool actions, but beat 'help' offers none, so it can never fire; list actions for the beat or the scenario, or make it a reply rule",
          "path": "beats.help.rules[0].on",
          "severity": "error",
        },
        {
          "at": "24:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "25:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a flag that no rule sets, with the flag that was meant', () => {
    const beats = BEATS.replace(
      '        next: help\n',
      '        set: [linked]\n        next: help\n',
    ).replace('when: { action: refund }', "when: { all: [{ action: refund }, 'flag: linkd'] }");
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "15:15",
          "code": "flag_never_tested",
          "message": "the flag 'linked' is set but no condition or checkpoint tests it; test it with 'flag: linked', or ignore this if it only marks the transcript",
          "path": "beats.greet.rules[0].set[0]",
          "severity": "warning",
        },
        {
          "at": "18:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'help' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.help",
          "severity": "warning",
        },
        {
          "at": "21:43",
          "code": "flag_never_set",
          "message": "no rule sets the flag 'linkd', so 'flag: linkd' is never true and the rule can never fire; did you mean 'linked'? add 'set: [linkd]' to the rule that should turn it on",
          "path": "beats.help.rules[0].when.all[1]",
          "severity": "error",
        },
        {
          "at": "24:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "25:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports mood and turn comparisons out of reach', () => {
    const beats = `  greet:
    rules:
      - when: mood >= 11
        mood: 1
      - when: mood >= 10
        mood: 1
      - when: turn > 12
        mood: 1
      - when: { any: [empathy, mood > 10] }
        next: help
      - say: [{ en: Hm. }]
${BEATS.split('\n').slice(6).join('\n')}`;
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "13:15",
          "code": "impossible_comparison",
          "message": "'mood >= 11' can never be true: the mood only goes from 0 to 10, so the rule can never fire",
          "path": "beats.greet.rules[0].when",
          "severity": "error",
        },
        {
          "at": "15:15",
          "code": "impossible_comparison",
          "message": "'mood >= 10' can never be true: rules only see a mood from 0 to 9, since the customer leaves when it reaches 10 (persona.leavesAt), so the rule can never fire",
          "path": "beats.greet.rules[1].when",
          "severity": "error",
        },
        {
          "at": "17:15",
          "code": "impossible_comparison",
          "message": "'turn > 12' can never be true: replies are counted from 1 and the customer gives up after 12 (maxTurns), so the rule can never fire",
          "path": "beats.greet.rules[2].when",
          "severity": "error",
        },
        {
          "at": "19:32",
          "code": "impossible_comparison",
          "message": "'mood > 10' can never be true: the mood only goes from 0 to 10",
          "path": "beats.greet.rules[3].when.any[1]",
          "severity": "warning",
        },
      ]
    `);
  });

  it('lets rules see the mood up to 10 when the customer never leaves', () => {
    const beats = BEATS.replace('when: empathy', 'when: mood >= 10');
    expect(
      codes(
        scenario({
          beats,
          extra: 'persona: { name: { en: Sam }, mood: 5, patience: 60, leavesAt: 11 }\n',
        }).replace('persona: { name: { en: Sam }, mood: 5, patience: 60 }\n', ''),
      ),
    ).toEqual([]);
  });

  it('reports reply signals in a rule that reacts to tool actions', () => {
    const beats = BEATS.replace('when: { action: refund }', 'when: { all: [{ action: refund }, empathy] }');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "17:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'help' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.help",
          "severity": "warning",
        },
        {
          "at": "20:43",
          "code": "reply_signal_on_action",
          "message": "'empathy' looks at a reply, but this rule reacts to tool actions (on: action), so it is never true and the rule can never fire; test the action with 'action: <id>' or make it a reply rule",
          "path": "beats.help.rules[0].when.all[1]",
          "severity": "error",
        },
        {
          "at": "23:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "24:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });

  it("reports 'now' actions in reply rules, where no action is being handled", () => {
    const beats = BEATS.replace(
      'when: empathy',
      'when: { any: [empathy, { action: refund, now: true }] }',
    ).replace(
      '      - say: [{ en: Hm. }]',
      '      - when: { action: refund, now: true }\n        mood: 1\n      - say: [{ en: Hm. }]',
    );
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        "warning action_now_on_reply beats.greet.rules[0].when.any[1].action",
        "error action_now_on_reply beats.greet.rules[1].when.action",
      ]
    `);
  });

  it("reports a 'now' action the beat does not offer, though an earlier beat does", () => {
    const header = HEADER.replace('actions: [refund]', 'actions: [refund, compensate]');
    const beats = BEATS.replace('  help:\n', '  help:\n    actions: [compensate]\n').replace(
      'when: { action: refund }',
      'when: { action: refund, now: true }',
    );
    expect(lint(scenario({ header, beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "17:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'help' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.help",
          "severity": "warning",
        },
        {
          "at": "21:25",
          "code": "action_not_in_beat",
          "message": "beat 'help' does not offer 'refund', so the action handled here is never refund and the rule can never fire; add refund to the beat's 'actions' or drop 'now: true'",
          "path": "beats.help.rules[0].when.action",
          "severity": "error",
        },
        {
          "at": "24:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "25:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
    // without 'now' the rule fires on any action once refund was taken earlier
    expect(
      codes(scenario({ header, beats: BEATS.replace('  help:\n', '  help:\n    actions: [compensate]\n') })),
    ).toEqual([]);
  });

  it('reports two different actions both handled now', () => {
    const header = HEADER.replace('actions: [refund]', 'actions: [refund, compensate]');
    const beats = BEATS.replace(
      'when: { action: refund }',
      'when: { all: [{ action: refund, now: true }, { action: compensate, now: true }] }',
    );
    expect(codes(scenario({ header, beats }))).toMatchInlineSnapshot(`
      [
        "warning stuck_beat beats.help",
        "error impossible_condition beats.help.rules[0].when",
        "warning no_success_end ends",
        "error unreachable_end ends.resolved",
      ]
    `);
  });

  it('reports conditions whose parts contradict each other', () => {
    for (const when of [
      '{ all: [empathy, { not: empathy }] }',
      "{ all: ['mood >= 5', 'mood <= 3'] }",
      "{ all: ['question:open', { not: question }] }",
      '{ mood: { min: 8, max: 3 } }',
      '{ not: always }',
    ]) {
      const beats = BEATS.replace(
        '      - say: [{ en: Hm. }]',
        `      - when: ${when}\n        mood: 1\n      - say: [{ en: Hm. }]`,
      );
      const found = codes(scenario({ beats }));
      expect(found.length, when).toBe(1);
      expect(found[0], when).toMatch(
        /^error (impossible_condition|impossible_comparison) beats\.greet\.rules\[1\]\.when/,
      );
    }
  });
});

describe('shadowed rules', () => {
  it('reports rules after one that fires on every reply', () => {
    const beats = BEATS.replace(
      '      - when: empathy\n        next: help\n      - say: [{ en: Hm. }]',
      '      - say: [{ en: Hm. }]\n      - when: empathy\n        next: help',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "11:3",
          "code": "stuck_beat",
          "message": "no rule of beat 'greet' moves on, so the conversation there ends only when the customer gives up (patience, mood or turns); add a rule with a 'next'",
          "path": "beats.greet",
          "severity": "warning",
        },
        {
          "at": "15:9",
          "code": "shadowed_rule",
          "message": "rule 2 of beat 'greet' never fires: rule 1 before it fires on every reply; move this rule above it or give that rule a condition",
          "path": "beats.greet.rules[1]",
          "severity": "warning",
        },
        {
          "at": "17:3",
          "code": "unreachable_beat",
          "message": "beat 'help' cannot be reached from 'greet' (the rules that lead here can never fire); add a rule whose next is 'help' or remove it",
          "path": "beats.help",
          "severity": "error",
        },
        {
          "at": "23:1",
          "code": "no_success_end",
          "message": "no end with the outcome resolved or escalated can be reached, so the trainee cannot succeed; add one and a rule that leads to it",
          "path": "ends",
          "severity": "warning",
        },
        {
          "at": "24:3",
          "code": "unreachable_end",
          "message": "end 'resolved' cannot be reached from 'greet'; add a rule whose next is 'resolved' or remove it",
          "path": "ends.resolved",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a rule with the same condition as an earlier one', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Hm. }]',
      '      - id: again\n        when: empathy\n        mood: -1\n      - say: [{ en: Hm. }]',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "16:9",
          "code": "shadowed_rule",
          "message": "rule 'again' of beat 'greet' never fires: rule 1 before it has the same condition and fires first; change one of the conditions or remove a rule",
          "path": "beats.greet.rules[1]",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a rule whose condition is covered by an earlier, broader one', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Hm. }]',
      "      - when: { all: [empathy, 'question:open'] }\n        mood: -1\n      - when: { mentions: [password] }\n        mood: -1\n      - when: { mentions: [my password, refund] }\n        mood: -1\n      - when: { mentions: [New Password] }\n        mood: -1\n      - say: [{ en: Hm. }]",
    );
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        "warning shadowed_rule beats.greet.rules[1]",
        "warning shadowed_rule beats.greet.rules[4]",
      ]
    `);
  });

  it('keeps reply and tool-action rules apart', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Well? }]',
      '      - say: [{ en: Well? }]\n      - on: action\n        mood: 1',
    );
    expect(lint(scenario({ beats }))).toEqual([]);
  });

  it('reports a tool-action rule identical to an earlier one', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Well? }]',
      '      - on: action\n        when: { action: refund }\n        mood: -1\n      - say: [{ en: Well? }]',
    );
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        "warning shadowed_rule beats.help.rules[1]",
      ]
    `);
  });

  it('does not confuse a narrower earlier rule with a broader later one', () => {
    const beats = BEATS.replace(
      '      - when: empathy\n',
      '      - when: { all: [empathy, question] }\n        mood: -1\n      - when: empathy\n',
    );
    expect(lint(scenario({ beats }))).toEqual([]);
  });

  it('knows an action handled now was also taken, and not the other way round', () => {
    const covered = BEATS.replace(
      '      - say: [{ en: Well? }]',
      '      - on: action\n        when: { action: refund, now: true }\n        mood: -1\n      - say: [{ en: Well? }]',
    );
    expect(codes(scenario({ beats: covered }))).toMatchInlineSnapshot(`
      [
        "warning shadowed_rule beats.help.rules[1]",
      ]
    `);
    const notCovered = BEATS.replace(
      'when: { action: refund }',
      'when: { action: refund, now: true }',
    ).replace(
      '      - say: [{ en: Well? }]',
      '      - on: action\n        when: { action: refund }\n        mood: -1\n      - say: [{ en: Well? }]',
    );
    expect(codes(scenario({ beats: notCovered }))).toEqual([]);
  });

  it('reports a beat whose reply rules have no fallback', () => {
    const beats = BEATS.replace('      - say: [{ en: Hm. }]\n', '');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "13:5",
          "code": "no_fallback",
          "message": "no rule of beat 'greet' fires on every reply, so some replies get no reaction; add a last rule without 'when' as a fallback",
          "path": "beats.greet.rules",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a beat with tool-action rules only', () => {
    const beats = BEATS.replace('      - say: [{ en: Well? }]\n', '');
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        "warning no_fallback beats.help.rules",
      ]
    `);
  });
});

describe('silence rules', () => {
  const withSilence = (silence: string) =>
    BEATS.replace('    say: [{ en: Hi. }]\n', `    say: [{ en: Hi. }]\n    silence:\n${silence}`);

  it('reports two silence rules with the same wait', () => {
    const beats = withSilence('      - after: 20\n        mood: 1\n      - after: 20\n        mood: 1\n');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "16:16",
          "code": "duplicate_silence",
          "message": "two silence rules of beat 'greet' wait the same 20 seconds, so the customer says both at once; give them different 'after' values",
          "path": "beats.greet.silence[1].after",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a silence rule that waits longer than the customer does', () => {
    const beats = withSilence('      - after: 60\n        mood: 1\n');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "14:16",
          "code": "silence_after_patience",
          "message": "this silence rule of beat 'greet' waits 60 seconds, but the customer leaves after 60 seconds of silence (persona.patience), so it never fires; wait less or raise the patience",
          "path": "beats.greet.silence[0].after",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports silence rules after one that moves on, in order of their wait', () => {
    const beats = withSilence('      - after: 40\n        mood: 1\n      - after: 20\n        next: help\n');
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "14:9",
          "code": "shadowed_rule",
          "message": "this silence rule of beat 'greet' never fires: the one after 20 seconds already moves to 'help'; move it earlier or remove it",
          "path": "beats.greet.silence[0]",
          "severity": "warning",
        },
      ]
    `);
  });
});

describe('persona and ends', () => {
  it('reports a customer who leaves before the first reply', () => {
    const header = HEADER.replace('mood: 5', 'mood: 10');
    expect(lint(scenario({ header }))).toMatchInlineSnapshot(`
      [
        {
          "at": "8:37",
          "code": "leaves_at_once",
          "message": "the customer starts at mood 10 but leaves when the mood reaches 10, so they leave before the first reply; lower persona.mood or raise persona.leavesAt",
          "path": "persona.mood",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a scenario where the customer can never leave', () => {
    const ends = ENDS.replace('  customer_left: { note: { en: Gone. } }\n', '');
    expect(lint(scenario({ ends }))).toMatchInlineSnapshot(`
      [
        {
          "at": "23:1",
          "code": "no_leave_end",
          "message": "no end has the outcome customer_left or failed, so the customer never leaves when their patience, mood or turns run out; add an end 'customer_left'",
          "path": "ends",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a scenario that cannot be won', () => {
    const beats = BEATS.replace('next: resolved', 'next: customer_left');
    expect(codes(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        "warning no_success_end ends",
        "error unreachable_end ends.resolved",
      ]
    `);
  });

  it('uses the first failed end when no end is called customer_left', () => {
    const ends = '  resolved: { note: { en: Done. } }\n  gave-up: { outcome: failed, note: { en: Gone. } }\n';
    expect(lint(scenario({ ends }))).toEqual([]);
  });
});

describe('texts per locale', () => {
  const bilingual = HEADER.replace('locales: [en]', 'locales: [en, zh-CN]')
    .replace('title: { en: T }', 'title: { en: T, zh-CN: 标题 }')
    .replace('summary: { en: S }', 'summary: { en: S, zh-CN: 摘要 }')
    .replace('name: { en: Sam }', 'name: { en: Sam, zh-CN: 小林 }');

  it('names each text missing in a declared locale', () => {
    const ends =
      '  resolved: { note: { en: Done., zh-CN: 好。 } }\n  customer_left: { note: { en: Gone., zh-CN: 走了。 } }\n';
    const rubric = RUBRIC.replace('title: { en: Refunded }', 'title: { en: Refunded, zh-CN: 已退款 }');
    const beats = BEATS.replace('say: [{ en: Hi. }]', 'say: [{ en: Hi., zh-CN: 你好。 }]').replace(
      '[{ en: Well? }]',
      '[{ en: Well?, zh-CN: 然后呢? }]',
    );
    expect(lint(scenario({ header: bilingual, beats, ends, rubric }))).toMatchInlineSnapshot(`
      [
        {
          "at": "16:15",
          "code": "missing_text",
          "message": "beats.greet.rules[1].say[0] has no zh-CN text, though zh-CN is in 'locales'; add 'zh-CN: ...'",
          "path": "beats.greet.rules[1].say[0].zh-CN",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a debrief note missing a declared locale as an error', () => {
    const ends =
      '  resolved: { note: { en: Done. } }\n  customer_left: { note: { en: Gone., zh-CN: 走了。 } }\n';
    const found = lint(scenario({ header: bilingual, ends }));
    expect(found.filter((i) => i.code === 'missing_note')).toMatchInlineSnapshot(`
      [
        {
          "at": "24:15",
          "code": "missing_note",
          "message": "the debrief note ends.resolved.note has no zh-CN text; add 'zh-CN: ...' so trainees in zh-CN get a debrief",
          "path": "ends.resolved.note.zh-CN",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a locale declared but written nowhere once', () => {
    const header = HEADER.replace('locales: [en]', 'locales: [en, zh-TW]');
    expect(lint(scenario({ header }))).toMatchInlineSnapshot(`
      [
        {
          "at": "3:15",
          "code": "missing_locale",
          "message": "the locale zh-TW is declared but no text is written in it; add the zh-TW texts or remove it from 'locales'",
          "path": "locales[1]",
          "severity": "warning",
        },
        {
          "at": "24:15",
          "code": "missing_note",
          "message": "the debrief note ends.resolved.note has no zh-TW text; add 'zh-TW: ...' so trainees in zh-TW get a debrief",
          "path": "ends.resolved.note.zh-TW",
          "severity": "error",
        },
        {
          "at": "25:20",
          "code": "missing_note",
          "message": "the debrief note ends.customer_left.note has no zh-TW text; add 'zh-TW: ...' so trainees in zh-TW get a debrief",
          "path": "ends.customer_left.note.zh-TW",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports texts in a locale that is not declared, once per locale', () => {
    const header = HEADER.replace('title: { en: T }', 'title: { en: T, zh-TW: 標題 }').replace(
      'summary: { en: S }',
      'summary: { en: S, zh-TW: 摘要 }',
    );
    expect(lint(scenario({ header }))).toMatchInlineSnapshot(`
      [
        {
          "at": "4:17",
          "code": "undeclared_locale",
          "message": "2 texts are written in zh-TW (first at title), but zh-TW is not in 'locales', so no one sees them; add zh-TW to 'locales' or remove them",
          "path": "title.zh-TW",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports a line whose mood range is empty', () => {
    const beats = BEATS.replace(
      'say: [{ en: Hi. }]',
      'say: [{ en: Hi. }, { mood: { min: 8, max: 2 }, en: Grr. }]',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "12:26",
          "code": "empty_mood_range",
          "message": "this line is never said: its mood range starts at 8 but ends at 2; swap them",
          "path": "beats.greet.say[1].mood",
          "severity": "warning",
        },
      ]
    `);
  });
});

describe('rubric', () => {
  it('reports a checkpoint that needs an action nobody offers', () => {
    const rubric = RUBRIC.replace('when: { action: refund }', 'when: { action: compensate }');
    expect(lint(scenario({ rubric }))).toMatchInlineSnapshot(`
      [
        {
          "at": "31:23",
          "code": "checkpoint_unsatisfiable",
          "message": "checkpoint 'refunded' can never be met: no beat offers the action 'compensate', so 'action: compensate' is never true; add compensate to the scenario's or a beat's 'actions', or change the condition",
          "path": "rubric.checkpoints[0].when.action",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a checkpoint that needs a flag nobody sets, or contradicts itself', () => {
    for (const when of ["'flag: linked'", '{ all: [empathy, { not: empathy }] }', "'turn >= 40'"]) {
      const rubric = RUBRIC.replace('when: { action: refund }', `when: ${when}`);
      const found = lintText(scenario({ rubric })).issues;
      expect(
        found.map((i) => [i.code, i.severity]),
        when,
      ).toEqual([['checkpoint_unsatisfiable', 'error']]);
    }
  });

  it('accepts a checkpoint on the action handled now', () => {
    const rubric = RUBRIC.replace('when: { action: refund }', 'when: { action: refund, now: true }');
    expect(lint(scenario({ rubric }))).toEqual([]);
  });

  it('reports a checkpoint met by any reply that does nothing', () => {
    for (const when of ['{ not: forbidden }', '{ turn: { max: 2 } }', 'always']) {
      const rubric = RUBRIC.replace('when: { action: refund }', `when: ${when}`);
      expect(codes(scenario({ rubric })), when).toEqual([
        'warning checkpoint_always_met rubric.checkpoints[0].when',
      ]);
    }
    const calmed = RUBRIC.replace('when: { action: refund }', "when: 'mood <= 3'");
    expect(codes(scenario({ rubric: calmed }))).toEqual([]);
  });

  it('accepts a checkpoint met by a reply after an action', () => {
    const rubric = RUBRIC.replace('when: { action: refund }', "when: { all: [empathy, 'action: refund'] }");
    expect(lint(scenario({ rubric }))).toEqual([]);
  });

  it('reports a checkpoint on a dimension that weighs nothing', () => {
    const rubric = RUBRIC.replace(
      '      when: { action: refund }\n',
      '      when: { action: refund }\n      dimension: timeliness\n',
    );
    expect(lint(scenario({ rubric }))).toMatchInlineSnapshot(`
      [
        {
          "at": "32:18",
          "code": "checkpoint_weight_zero",
          "message": "checkpoint 'refunded' counts towards timeliness, whose weight is 0, so missing it costs nothing; pick another dimension or give timeliness a weight",
          "path": "rubric.checkpoints[0].dimension",
          "severity": "warning",
        },
      ]
    `);
  });

  it('accepts one weight above zero and the rest zero', () => {
    const rubric = RUBRIC.replace('empathy: 50', 'empathy: 0');
    expect(lint(scenario({ rubric }))).toEqual([]);
  });
});

describe('flags', () => {
  it('reports a flag set but never tested, once however many rules set it', () => {
    const beats = BEATS.replace('        next: help\n', '        set: [warm]\n        next: help\n').replace(
      '      - say: [{ en: Hm. }]',
      '      - say: [{ en: Hm. }]\n        set: [warm]',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "15:15",
          "code": "flag_never_tested",
          "message": "the flag 'warm' is set by 2 rules but no condition or checkpoint tests it; test it with 'flag: warm', or ignore this if it only marks the transcript",
          "path": "beats.greet.rules[0].set[0]",
          "severity": "warning",
        },
      ]
    `);
  });

  it('reports clearing a flag that nobody sets', () => {
    const beats = BEATS.replace(
      '      - say: [{ en: Hm. }]',
      '      - say: [{ en: Hm. }]\n        unset: [warm]',
    );
    expect(lint(scenario({ beats }))).toMatchInlineSnapshot(`
      [
        {
          "at": "17:17",
          "code": "flag_never_set",
          "message": "this rule clears the flag 'warm', but no rule sets it; fix the name or remove it",
          "path": "beats.greet.rules[1].unset[0]",
          "severity": "warning",
        },
      ]
    `);
  });

  it('accepts a flag tested only by a checkpoint', () => {
    const beats = BEATS.replace('        next: help\n', '        set: [warm]\n        next: help\n');
    const rubric = `${RUBRIC}    - id: warm\n      title: { en: Warm }\n      when: 'flag: warm'\n`;
    expect(lint(scenario({ beats, rubric }))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// properties

/** issues that cannot point at a place in the file */
const PLACELESS = new Set(['file_too_large', 'too_deep', 'alias_bomb', 'too_many_issues', 'not_text']);

function expectWellFormed(issues: readonly ScenarioIssue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(issue.code).not.toBe('lint_failed');
    expect(issue.message.length).toBeGreaterThan(0);
    if (issue.path.length > 0 || !PLACELESS.has(issue.code)) {
      expect(issue.line, `${issue.code} at ${formatPath(issue.path)}`).toBeGreaterThanOrEqual(1);
      expect(issue.column, `${issue.code} at ${formatPath(issue.path)}`).toBeGreaterThanOrEqual(1);
    }
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** every path to a value inside a JSON value */
function pathsOf(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function mutate(
  root: Json,
  path: (string | number)[],
  change: (parent: Json[] | { [key: string]: Json }, key: string | number) => void,
): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, Json>)[seg] as Json;
  const last = path[path.length - 1];
  if (last !== undefined && node !== null && typeof node === 'object') change(node, last);
  return copy;
}

const REPLACEMENTS: Json[] = [
  null,
  42,
  -1,
  1.5,
  'text',
  '',
  true,
  [],
  {},
  [1, 'a'],
  { x: 1 },
  'empathy',
  'refund',
  'next',
];

const BASE_VALUE = parseYaml(scenario()) as Json;
const MINI_VALUE = parseYaml(MINI) as Json;

describe('lintText never throws', () => {
  propTest.prop([fc.string({ maxLength: 2000, unit: 'binary' })])(
    'on arbitrary text',
    (text) => {
      expectWellFormed(lintText(text).issues);
    },
    30_000,
  );

  propTest.prop([
    fc.string({
      maxLength: 400,
      unit: fc.constantFrom(
        '[',
        ']',
        '{',
        '}',
        '-',
        ' ',
        '\n',
        ':',
        '"',
        "'",
        '&a',
        '*a',
        '#',
        'a',
        '|',
        '? ',
        ',',
      ),
    }),
  ])(
    'on text made of YAML punctuation',
    (text) => {
      expectWellFormed(lintText(text).issues);
    },
    30_000,
  );

  propTest.prop([fc.jsonValue()])(
    'on arbitrary JSON values',
    (value) => {
      expectWellFormed(lintText(JSON.stringify(value)).issues);
    },
    30_000,
  );

  propTest.prop([
    fc.constantFrom(BASE_VALUE, MINI_VALUE),
    fc.nat(),
    fc.constantFrom('delete', 'retype', 'rename'),
    fc.nat(REPLACEMENTS.length - 1),
    fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
    fc.boolean(),
  ])(
    'on mutated copies of a valid scenario',
    (root, at, how, replacement, name, asJson) => {
      const paths = pathsOf(root).filter((p) => p.length > 0);
      const path = paths[at % paths.length] ?? [];
      const mutated = mutate(root, path, (parent, key) => {
        if (how === 'delete') {
          if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
          else delete (parent as Record<string, Json>)[key];
        } else if (how === 'retype')
          (parent as Record<string | number, Json>)[key] = REPLACEMENTS[replacement] ?? null;
        else if (!Array.isArray(parent)) {
          // rename the key, keeping its place among the others
          const entries = Object.entries(parent).map(([k, v]): [string, Json] => [k === key ? name : k, v]);
          for (const k of Object.keys(parent)) delete parent[k];
          for (const [k, v] of entries) parent[k] = v;
        }
      });
      const text = asJson ? JSON.stringify(mutated, null, 1) : stringifyYaml(mutated);
      const result = lintText(text);
      expectWellFormed(result.issues);
    },
    30_000,
  );

  propTest.prop([fc.constantFrom(scenario(), MINI), fc.nat(), fc.nat()])(
    'on a scenario with a line duplicated',
    (text, line, times) => {
      const lines = text.split('\n');
      const i = line % lines.length;
      lines.splice(i, 0, ...Array.from({ length: 1 + (times % 3) }, () => lines[i] ?? ''));
      expectWellFormed(lintText(lines.join('\n')).issues);
    },
    30_000,
  );

  propTest.prop([fc.constantFrom(scenario(), MINI, JSON.stringify(MINI_VALUE, null, 2)), fc.nat()])(
    'on a scenario cut off anywhere',
    (text, at) => {
      expectWellFormed(lintText(text.slice(0, at % (text.length + 1))).issues);
    },
    30_000,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// generated scenarios: reachability agrees with a plain breadth-first search

const SIGNALS = ['empathy', 'apology', 'restatement', 'timeline'] as const;

interface GenRule {
  on: 'reply' | 'action';
  /** a signal or action to test, or nothing (fires on every event) */
  when?: string;
  /** for actions: the action handled now */
  now?: boolean;
  next?: number;
}

interface GenBeat {
  rules: GenRule[];
  silence: { after: number; next?: number }[];
  actions?: ToolActionId[];
}

interface GenScenario {
  beats: GenBeat[];
  ends: Outcome[];
  start: number;
  actions: ToolActionId[];
  patience: number;
}

const actionArb = fc.constantFrom(...TOOL_ACTIONS.slice(0, 3));

const genScenarioArb = fc
  .record({
    beatCount: fc.integer({ min: 1, max: 7 }),
    ends: fc.uniqueArray(fc.constantFrom(...OUTCOMES), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ beatCount, ends }) => {
    const target = fc.option(fc.nat(beatCount + ends.length - 1), { nil: undefined });
    const rule = fc.oneof(
      fc.record({
        on: fc.constant('reply' as const),
        when: fc.option(fc.constantFrom(...SIGNALS, 'always'), { nil: undefined }),
        next: target,
      }),
      fc.record({
        on: fc.constant('action' as const),
        when: fc.option(actionArb, { nil: undefined }),
        now: fc.boolean(),
        next: target,
      }),
    );
    const beat = fc.record({
      rules: fc.array(rule, { minLength: 1, maxLength: 5 }),
      silence: fc.array(fc.record({ after: fc.integer({ min: 1, max: 120 }), next: target }), {
        maxLength: 3,
      }),
      actions: fc.option(fc.uniqueArray(actionArb, { maxLength: 2 }), { nil: undefined }),
    });
    return fc.record({
      beats: fc.array(beat, { minLength: beatCount, maxLength: beatCount }),
      ends: fc.constant(ends),
      start: fc.nat(beatCount - 1),
      actions: fc.uniqueArray(actionArb, { maxLength: 2 }),
      patience: fc.integer({ min: 10, max: 100 }),
    });
  });

function placeName(g: GenScenario, i: number): string {
  return i < g.beats.length ? `b${i}` : (g.ends[i - g.beats.length] ?? 'failed');
}

function toScenarioText(g: GenScenario): string {
  const ruleValue = (r: GenRule) => ({
    ...(r.on === 'action' && { on: 'action' }),
    ...(r.when !== undefined && {
      when: r.on === 'action' ? { action: r.when, ...(r.now === true && { now: true }) } : r.when,
    }),
    mood: 0,
    ...(r.next !== undefined && { next: placeName(g, r.next) }),
  });
  const value = {
    id: 'generated',
    version: 1,
    locales: ['en'],
    title: { en: 'T' },
    summary: { en: 'S' },
    skills: ['empathy'],
    difficulty: 1,
    persona: { name: { en: 'Sam' }, mood: 3, patience: g.patience },
    actions: g.actions,
    start: `b${g.start}`,
    beats: Object.fromEntries(
      g.beats.map((b, i) => [
        `b${i}`,
        {
          ...(b.actions && { actions: b.actions }),
          rules: b.rules.map(ruleValue),
          ...(b.silence.length > 0 && {
            silence: b.silence.map((s) => ({
              after: s.after,
              ...(s.next !== undefined && { next: placeName(g, s.next) }),
            })),
          }),
        },
      ]),
    ),
    ends: Object.fromEntries(g.ends.map((e) => [e, { note: { en: 'N' } }])),
    rubric: { weights: { empathy: 1, clarification: 0, compliance: 0, resolution: 0, timeliness: 0 } },
  };
  return stringifyYaml(value);
}

/** an independent model: which places a conversation can reach, and which beats can never be left */
function model(g: GenScenario): { unreachable: string[]; deadEnds: string[] } {
  const offeredAnywhere = new Set<string>([...g.actions, ...g.beats.flatMap((b) => b.actions ?? [])]);
  const leaveEnd = g.ends.includes('customer_left')
    ? 'customer_left'
    : g.ends.includes('failed')
      ? 'failed'
      : undefined;
  const exits = g.beats.map((b) => {
    const out: string[] = [];
    const offeredHere = b.actions ?? g.actions;
    for (const on of ['reply', 'action'] as const) {
      // 'taken:x' covers 'now:x' (the action handled now was taken), not the other way round
      const seen = new Set<string>();
      let always = false;
      for (const r of b.rules.filter((x) => x.on === on)) {
        const action = on === 'action' ? r.when : undefined;
        const key =
          r.when === undefined || r.when === 'always'
            ? 'always'
            : action !== undefined
              ? `${r.now === true ? 'now' : 'taken'}:${action}`
              : r.when;
        const possible =
          !(on === 'action' && offeredHere.length === 0) &&
          !(action !== undefined && !offeredAnywhere.has(action)) &&
          !(action !== undefined && r.now === true && !offeredHere.some((a) => a === action));
        const shadowed = always || seen.has(key) || (action !== undefined && seen.has(`taken:${action}`));
        if (!possible || shadowed) continue;
        if (key === 'always') always = true;
        seen.add(key);
        if (r.next !== undefined) out.push(placeName(g, r.next));
      }
    }
    const silence = b.silence.map((s, i) => ({ ...s, i })).sort((x, y) => x.after - y.after || x.i - y.i);
    for (const s of silence) {
      if (leaveEnd !== undefined && s.after >= g.patience) break;
      if (s.next !== undefined) {
        out.push(placeName(g, s.next));
        break;
      }
    }
    return out;
  });
  const seen = new Set([`b${g.start}`]);
  const queue = [g.start];
  while (queue.length > 0) {
    const i = queue.shift() ?? 0;
    for (const next of [...(exits[i] ?? []), ...(leaveEnd ? [leaveEnd] : [])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (next.startsWith('b')) queue.push(Number(next.slice(1)));
    }
  }
  const places = [...g.beats.map((_, i) => `b${i}`), ...g.ends];
  return {
    unreachable: places.filter((p) => !seen.has(p)),
    deadEnds: leaveEnd
      ? []
      : g.beats.map((_, i) => `b${i}`).filter((b, i) => (exits[i] ?? []).every((t) => t === b)),
  };
}

describe('generated scenarios', () => {
  propTest.prop([genScenarioArb], { numRuns: 200 })(
    'lint without crashing and agree with a plain search on reachability',
    (g) => {
      const result = lintText(toScenarioText(g));
      expect(result.scenario, JSON.stringify(result.issues.slice(0, 3))).toBeDefined();
      expectWellFormed(result.issues);
      const expected = model(g);
      const unreachable = result.issues
        .filter((i) => i.code === 'unreachable_beat' || i.code === 'unreachable_end')
        .map((i) => String(i.params?.beat ?? i.params?.end));
      expect(unreachable.sort()).toEqual(expected.unreachable.sort());
      const deadEnds = result.issues.filter((i) => i.code === 'dead_end').map((i) => String(i.params?.beat));
      expect(deadEnds.sort()).toEqual(expected.deadEnds.sort());
    },
    60_000,
  );
});
