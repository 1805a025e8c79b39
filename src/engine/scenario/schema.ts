import { z } from 'zod';
import {
  LOCALES,
  DIMENSIONS,
  TOOL_ACTIONS,
  PRIORITIES,
  OUTCOMES,
  EMOTIONS,
  SCHEMA_VERSION,
  EXPECTATIONS,
  SIGNAL_ATOMS,
} from './constants.ts';
import type { Dimension, Priority, ToolActionId } from './constants.ts';
import { suggest } from './suggest.ts';

/**
 * The scenario file format. This zod schema is the single source of truth: the parser validates against it, the
 * types below are inferred from it, and `npx parley schema` prints the JSON Schema generated from it.
 * Cross-references (beat ids, end ids) are checked after the schema, in `validate-references.ts`.
 */

// the vocabularies are plain data in constants.ts (the app imports them without zod); re-exported for the engine
export * from './constants.ts';

const ID = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const COMPARISON = /^(mood|turn)\s*(>=|<=|>|<|==)\s*(\d{1,3})$/;
const PREFIXED = /^(action|flag):\s*([a-z][a-z0-9_-]*)$/;
const ATOM = new RegExp(
  `^(?:${SIGNAL_ATOMS.join('|')})$|${COMPARISON.source}|^action:\\s*(?:${TOOL_ACTIONS.join('|')})$|^flag:\\s*[a-z][a-z0-9_-]*$`,
);

/** a readable message for a condition string that is not one of the words a condition may use */
function atomMessage(input: unknown): string {
  if (typeof input !== 'string')
    return 'expected a condition: a signal name or an object with all / any / not';
  const trimmed = input.trim();
  const prefixed = PREFIXED.exec(trimmed);
  if (prefixed?.[1] === 'action') {
    const hint = suggest(prefixed[2] ?? '', TOOL_ACTIONS);
    return `unknown action '${prefixed[2]}'${hint ? `; did you mean '${hint}'?` : `; use one of ${TOOL_ACTIONS.join(', ')}`}`;
  }
  if (/^(mood|turn)\b/.test(trimmed))
    return `'${input}' is not a comparison; write it like 'mood >= 7' or 'turn >= 3'`;
  const hint = suggest(trimmed, [...SIGNAL_ATOMS, 'mood >= 7', 'turn >= 3', 'action: refund', 'flag: name']);
  return `unknown signal '${input}'${hint ? `; did you mean '${hint}'?` : ''}`;
}

const conditionAtom = z
  .string()
  .regex(ATOM, { error: (issue) => atomMessage(issue.input) })
  .meta({
    description:
      "a signal of the reply (empathy, apology, question, question:open|focused|closed, restatement, solution, timeline, followup, forbidden, forbidden:<category>), 'always', 'mood >= 7', 'turn >= 3', 'action: <id>' or 'flag: <name>'",
  });

export type Condition =
  | string
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { mentions: string[] }
  | { action: ToolActionId; priority?: Priority; now?: boolean }
  | { flag: string }
  | { mood: { min?: number; max?: number } }
  | { turn: { min?: number; max?: number } };

const range = (max: number) =>
  z
    .object({
      min: z.number().int().min(0).max(max).optional(),
      max: z.number().int().min(0).max(max).optional(),
    })
    .strict();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    conditionAtom,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z
      .object({ mentions: z.array(z.string().trim().min(1)).min(1).max(200) })
      .strict()
      .meta({
        description: 'true when the reply contains any of these words (case, width and script folded)',
      }),
    z
      .object({
        action: z.enum(TOOL_ACTIONS),
        priority: z.enum(PRIORITIES).optional(),
        now: z
          .boolean()
          .optional()
          .meta({ description: 'true: only the action of this event counts, not earlier ones' }),
      })
      .strict(),
    z.object({ flag: z.string().regex(ID) }).strict(),
    z.object({ mood: range(10) }).strict(),
    z.object({ turn: range(999) }).strict(),
  ]),
);

const text = z.string().trim().min(1, { error: 'text must not be empty' }).max(2000);

export const localizedTextSchema = z
  .object({ en: text.optional(), 'zh-CN': text.optional(), 'zh-TW': text.optional() })
  .strict()
  .meta({ description: 'the same text in each locale: en, zh-CN, zh-TW' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const lineSchema = z
  .object({
    mood: range(10)
      .optional()
      .meta({ description: 'say this variant only when the mood is within min..max' }),
    en: text.optional(),
    'zh-CN': text.optional(),
    'zh-TW': text.optional(),
  })
  .strict()
  .meta({ description: 'one thing the customer may say, in each locale' });
export type Line = z.infer<typeof lineSchema>;

const lines = z
  .array(lineSchema, { error: "expected a list of lines; start each line with '- '" })
  .min(1)
  .max(50)
  .meta({
    description: 'variants; one is picked deterministically from the seed among those that suit the mood',
  });

const moodDelta = z
  .number()
  .int()
  .min(-10)
  .max(10)
  .meta({ description: 'mood change: negative calms, positive angers' });
const beatRef = z.string().regex(ID, { error: 'a beat or end id is lower-case letters, digits, - and _' });

export const ruleSchema = z
  .object({
    id: z.string().regex(ID).optional().meta({ description: 'a name for the rule, shown in transcripts' }),
    on: z
      .enum(['reply', 'action'])
      .default('reply')
      .meta({ description: 'react to a reply (default) or to a tool action' }),
    when: conditionSchema.optional().meta({ description: 'the condition; a rule without one always fires' }),
    mood: moodDelta.optional(),
    set: z.array(z.string().regex(ID)).optional().meta({ description: 'flags to set' }),
    unset: z.array(z.string().regex(ID)).optional().meta({ description: 'flags to clear' }),
    say: lines.optional(),
    next: beatRef.optional().meta({ description: 'the beat or end to go to; stay in this beat when absent' }),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

export const silenceRuleSchema = z
  .object({
    after: z.number().int().min(1).max(3600).meta({ description: 'seconds without a reply' }),
    mood: moodDelta.optional(),
    say: lines.optional(),
    next: beatRef.optional(),
  })
  .strict();
export type SilenceRule = z.infer<typeof silenceRuleSchema>;

export const beatSchema = z
  .object({
    say: lines.optional().meta({ description: 'what the customer says on entering the beat' }),
    actions: z
      .array(z.enum(TOOL_ACTIONS))
      .optional()
      .meta({ description: "the tool actions offered in this beat; the scenario's actions when absent" }),
    rules: z.array(ruleSchema).min(1, { error: 'a beat needs at least one rule' }).max(100),
    silence: z.array(silenceRuleSchema).max(20).optional(),
  })
  .strict();
export type Beat = z.infer<typeof beatSchema>;

export const endSchema = z
  .object({
    outcome: z.enum(OUTCOMES).optional().meta({ description: 'the kind of end; defaults to the end id' }),
    say: lines.optional().meta({ description: "the customer's last words" }),
    note: localizedTextSchema.meta({ description: 'the debrief note shown to the trainee' }),
  })
  .strict();
export type End = z.infer<typeof endSchema>;

export const checkpointSchema = z
  .object({
    id: z.string().regex(ID),
    title: localizedTextSchema,
    when: conditionSchema,
    dimension: z
      .enum(DIMENSIONS)
      .default('resolution')
      .meta({ description: 'the dimension that loses points when missed' }),
  })
  .strict();
export type Checkpoint = z.infer<typeof checkpointSchema>;

const idMap = <T extends z.ZodType>(value: T, what: string) =>
  z
    .record(z.string().regex(ID, { error: `${what} ids are lower-case letters, digits, - and _` }), value)
    .refine((r) => Object.keys(r).length > 0, { error: `at least one ${what} is needed` });

export const scenarioSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
    id: z
      .string()
      .regex(ID, { error: 'the id is lower-case letters, digits and dashes, like login-failure-angry' }),
    version: z.number().int().min(1),
    locales: z
      .array(z.enum(LOCALES))
      .min(1)
      .refine((l) => new Set(l).size === l.length, { error: 'a locale is listed twice' }),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    skills: z.array(z.enum(DIMENSIONS)).min(1),
    difficulty: z.number().int().min(1).max(5),
    priority: z
      .enum(PRIORITIES)
      .default('normal')
      .meta({ description: 'service level: urgent 5 min, important 30 min, normal 2 h' }),
    persona: z
      .object({
        name: localizedTextSchema,
        mood: z.number().int().min(0).max(10).meta({ description: 'starting mood: 0 calm .. 10 furious' }),
        patience: z
          .number()
          .int()
          .min(10)
          .max(3600)
          .meta({ description: 'seconds the customer waits for a reply before leaving' }),
        style: localizedTextSchema.optional(),
        emotion: z.enum(EMOTIONS).default('anger'),
        leavesAt: z
          .number()
          .int()
          .min(1)
          .max(11)
          .default(10)
          .meta({ description: 'the customer leaves when the mood reaches this; 11 never' }),
      })
      .strict(),
    actions: z.array(z.enum(TOOL_ACTIONS)).default([]),
    start: beatRef.optional().meta({ description: 'the first beat; the first one listed when absent' }),
    maxTurns: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(12)
      .meta({ description: 'replies before the customer gives up' }),
    beats: idMap(beatSchema, 'beat'),
    ends: idMap(endSchema, 'end'),
    rubric: z
      .object({
        weights: z
          .object(
            Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().min(0).max(100)])) as Record<
              Dimension,
              z.ZodNumber
            >,
          )
          .strict()
          .refine((w) => Object.values(w).some((v) => v > 0), {
            error: 'at least one weight must be above 0',
          }),
        checkpoints: z.array(checkpointSchema).max(30).default([]),
        skip: z.array(z.enum(EXPECTATIONS)).default([]).meta({
          description: 'expectations this scenario does not score, e.g. restatement and timeline in a crisis',
        }),
      })
      .strict(),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
