import { z } from 'zod';
import {
  beatSchema,
  checkpointSchema,
  conditionSchema,
  endSchema,
  lineSchema,
  localizedTextSchema,
  ruleSchema,
  scenarioSchema,
  SCHEMA_VERSION,
  silenceRuleSchema,
} from './schema.ts';

/** the `$id` of the scenario JSON Schema; a name, not a download address (Parley runs offline) */
export const SCENARIO_JSON_SCHEMA_ID = `urn:parley:scenario-schema:v${SCHEMA_VERSION}`;

/** a JSON Schema document: plain JSON objects, read with care (`unknown` values) */
export interface JsonSchemaDocument {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  type: 'object';
  properties: Record<string, unknown>;
  required: string[];
  $defs: Record<string, unknown>;
  [keyword: string]: unknown;
}

// the parts authors meet again and again get readable names in $defs instead of zod's `__schema0`
const NAMED_PARTS: ReadonlyMap<z.core.$ZodType, string> = new Map<z.core.$ZodType, string>([
  [conditionSchema, 'condition'],
  [localizedTextSchema, 'localizedText'],
  [lineSchema, 'line'],
  [ruleSchema, 'rule'],
  [silenceRuleSchema, 'silenceRule'],
  [beatSchema, 'beat'],
  [endSchema, 'end'],
  [checkpointSchema, 'checkpoint'],
]);

/** the schema's own descriptions (from `.meta()`), plus a `$defs` name for the parts above */
class NamingRegistry extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  override get<S extends z.core.$ZodType>(schema: S): z.core.GlobalMeta | undefined {
    const meta = z.globalRegistry.get(schema);
    const id = NAMED_PARTS.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The scenario file format as a JSON Schema (draft 2020-12), generated from the zod schema for editors: the input
 * side, so fields with defaults are optional. The recursive condition is `$defs.condition`. Checks zod does in
 * code (beat references, unique locales, at least one weight above 0) are left to `parley lint`.
 * @example
 * writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema(): JsonSchemaDocument {
  const generated: unknown = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    cycles: 'ref',
    reused: 'inline',
    unrepresentable: 'throw',
    metadata: new NamingRegistry(),
  });
  if (!isRecord(generated) || !isRecord(generated.properties) || !Array.isArray(generated.required)) {
    throw new Error(`zod produced an unexpected JSON Schema: ${JSON.stringify(generated).slice(0, 200)}`);
  }
  const { $schema, properties, required, $defs, ...rest } = generated;
  // refinements zod cannot export, restated in JSON Schema words where there are some
  const locales = properties.locales;
  if (isRecord(locales)) locales.uniqueItems = true;
  for (const key of ['beats', 'ends']) {
    const map = properties[key];
    if (isRecord(map)) map.minProperties = 1;
  }
  return {
    $schema: typeof $schema === 'string' ? $schema : 'https://json-schema.org/draft/2020-12/schema',
    $id: SCENARIO_JSON_SCHEMA_ID,
    title: 'Parley scenario',
    description:
      'A customer-service role-play scenario for Parley (scenarios/<id>.yaml): the customer persona, beats with rules that react to replies, tool actions and silence, ends with debrief notes, and the scoring rubric.',
    ...rest,
    type: 'object',
    properties,
    required: required.filter((r): r is string => typeof r === 'string'),
    $defs: isRecord($defs) ? $defs : {},
  };
}
