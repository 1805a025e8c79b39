import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, SCENARIO_JSON_SCHEMA_ID } from './json-schema.ts';
import { DIMENSIONS, LOCALES, OUTCOMES, PRIORITIES, scenarioSchema, TOOL_ACTIONS } from './schema.ts';

const SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const MINI = fileURLToPath(new URL('./fixtures/mini.yaml', import.meta.url));

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// no JSON Schema validator is installed: this one knows exactly the keywords the generated schema uses and
// refuses any other, so a new keyword fails the test instead of being skipped
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'default']);

function validate(schema: unknown, value: unknown, root: Json, at = '$'): string[] {
  if (!isObject(schema)) throw new Error(`not a schema at ${at}: ${JSON.stringify(schema)}`);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${at}: ${message}`);
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref': {
        const name = String(arg).replace('#/$defs/', '');
        const defs = root.$defs;
        if (!isObject(defs) || !(name in defs)) throw new Error(`dangling $ref ${String(arg)}`);
        errors.push(...validate(defs[name], value, root, at));
        break;
      }
      case 'type': {
        const ok =
          arg === 'object'
            ? isObject(value)
            : arg === 'array'
              ? Array.isArray(value)
              : arg === 'integer'
                ? Number.isInteger(value)
                : typeof value === arg;
        if (!ok) fail(`expected ${String(arg)}`);
        break;
      }
      case 'const':
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value))
          fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(arg)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(arg), 'u').test(value))
          fail(`${value} does not match`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string') {
          const length = [...value].length;
          if (keyword === 'minLength' ? length < Number(arg) : length > Number(arg))
            fail(`${keyword} ${String(arg)}`);
        }
        break;
      case 'minimum':
      case 'maximum':
        if (
          typeof value === 'number' &&
          (keyword === 'minimum' ? value < Number(arg) : value > Number(arg))
        ) {
          fail(`${keyword} ${String(arg)}`);
        }
        break;
      case 'minItems':
      case 'maxItems':
        if (
          Array.isArray(value) &&
          (keyword === 'minItems' ? value.length < Number(arg) : value.length > Number(arg))
        ) {
          fail(`${keyword} ${String(arg)}`);
        }
        break;
      case 'uniqueItems':
        if (
          Array.isArray(value) &&
          arg === true &&
          new Set(value.map((v) => JSON.stringify(v))).size !== value.length
        ) {
          fail('items are not unique');
        }
        break;
      case 'minProperties':
        if (isObject(value) && Object.keys(value).length < Number(arg)) fail(`minProperties ${String(arg)}`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((v, i) => errors.push(...validate(arg, v, root, `${at}[${i}]`)));
        break;
      case 'required':
        if (isObject(value))
          for (const key of arg as string[]) if (!(key in value)) fail(`'${key}' is required`);
        break;
      case 'properties':
        if (isObject(value) && isObject(arg)) {
          for (const [key, v] of Object.entries(value)) {
            if (key in arg) errors.push(...validate(arg[key], v, root, `${at}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (isObject(value))
          for (const key of Object.keys(value)) errors.push(...validate(arg, key, root, `${at}{${key}}`));
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = isObject(schema.properties) ? schema.properties : {};
          for (const [key, v] of Object.entries(value)) {
            if (key in known) continue;
            if (arg === false) fail(`unknown field '${key}'`);
            else errors.push(...validate(arg, v, root, `${at}.${key}`));
          }
        }
        break;
      case 'anyOf': {
        const branches = (arg as unknown[]).map((branch) => validate(branch, value, root, at));
        if (!branches.some((b) => b.length === 0))
          fail(`no branch of anyOf matches (${branches.flat().join('; ')})`);
        break;
      }
      default:
        throw new Error(`the test validator does not know the keyword '${keyword}' (at ${at})`);
    }
  }
  return errors;
}

function builtInScenarioFiles(): string[] {
  let names: string[];
  try {
    names = readdirSync(SCENARIOS);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.golden.yaml'))
    .map((name) => `${SCENARIOS}${name}`);
}

function zodObjectShape(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape;
  throw new Error('not an object schema');
}

function isOptionalInInput(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();

  it('is a draft 2020-12 JSON document with an id, a title and a description', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCENARIO_JSON_SCHEMA_ID,
      title: 'Parley scenario',
      type: 'object',
      additionalProperties: false,
    });
    expect(schema.description).toMatch(/scenario/);
  });

  it('describes every top-level field and requires exactly those without a default', () => {
    const shape = zodObjectShape(scenarioSchema);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(shape).sort());
    const required = Object.entries(shape)
      .filter(([, field]) => !isOptionalInInput(field))
      .map(([key]) => key);
    expect([...schema.required].sort()).toEqual(required.sort());
  });

  it('names the recursive condition in $defs and refers to it with $ref', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual(
      ['beat', 'checkpoint', 'condition', 'end', 'line', 'localizedText', 'rule', 'silenceRule'].sort(),
    );
    const text = JSON.stringify(schema);
    expect(text).toContain('"$ref":"#/$defs/condition"');
    expect(text).not.toContain('__schema');
    // every reference resolves
    for (const [, name] of text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g))
      expect(schema.$defs).toHaveProperty(name ?? '');
  });

  it('lists the same enum values as the zod schema', () => {
    const text = JSON.stringify(schema);
    for (const values of [LOCALES, TOOL_ACTIONS, PRIORITIES, OUTCOMES, DIMENSIONS]) {
      expect(text).toContain(`"enum":${JSON.stringify(values)}`);
    }
    expect(schema.properties.locales).toMatchObject({
      items: { enum: [...LOCALES] },
      uniqueItems: true,
      minItems: 1,
    });
    expect(schema.$defs.end).toMatchObject({
      properties: { outcome: { enum: [...OUTCOMES] } },
      required: ['note'],
    });
  });

  it('accepts the mini fixture and every built-in scenario', () => {
    for (const file of [MINI, ...builtInScenarioFiles()]) {
      const value: unknown = parse(readFileSync(file, 'utf8'));
      expect({ file, errors: validate(schema, value, schema) }).toEqual({ file, errors: [] });
    }
  });

  it('rejects unknown fields, wrong enums and a bad condition', () => {
    const mini = parse(readFileSync(MINI, 'utf8')) as Json;
    const bad = {
      ...mini,
      colour: 'red',
      priority: 'asap',
      rubric: {
        weights: { empathy: 1, clarification: 0, compliance: 0, resolution: 0, timeliness: 0 },
        checkpoints: [{ id: 'x', title: { en: 'X' }, when: { all: ['telepathy'] } }],
      },
    };
    const errors = validate(schema, bad, schema);
    expect(errors).toEqual(
      expect.arrayContaining([
        "$: unknown field 'colour'",
        expect.stringContaining('$.priority: "asap" is not one of'),
        expect.stringContaining('$.rubric.checkpoints[0].when: no branch of anyOf matches'),
      ]),
    );
  });
});
