// end to end: `parley schema` through the real bin
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../engine/scenario/json-schema.ts';
import { E2E_TIMEOUT, parley } from '../test-support/run-parley.ts';

describe('parley schema', () => {
  it('prints the scenario JSON Schema, pretty', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout, stderr } = parley(['schema']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(scenarioJsonSchema());
    expect(stdout).toMatch(/^\{\n {2}"\$schema": "https:\/\/json-schema\.org\/draft\/2020-12\/schema",\n/);
  });

  it('says in its help how to use the schema with the YAML language server', { timeout: E2E_TIMEOUT }, () => {
    const { status, stdout } = parley(['schema', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('# yaml-language-server: $schema=./scenario.schema.json');
  });
});
