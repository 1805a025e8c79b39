import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/compile-scenario.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { goldenFileSchema, runGolden } from './golden.ts';

const DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.golden.yaml'));

/** the scorecard must rank agents as a trainer would, in every built-in scenario and language */
describe('golden transcripts rank agents as a trainer would', { timeout: 60_000 }, () => {
  it('finds the golden files of all eight built-in scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)(
    '%s: every good agent above every cold-but-competent one, and both far above every poor one',
    (file) => {
      const golden = goldenFileSchema.parse(parse(readFileSync(new URL(file, DIR), 'utf8')));
      const parsed = parseScenario(readFileSync(new URL(`${golden.scenario}.yaml`, DIR), 'utf8'));
      if (!parsed.ok) throw new Error(`${golden.scenario}.yaml does not parse`);
      const compiled = compileScenario(parsed.scenario);
      const scores = (prefix: string) =>
        golden.transcripts.filter((t) => t.name.startsWith(prefix)).map((t) => runGolden(compiled, t).score);
      const good = scores('good');
      const cold = scores('cold');
      const poor = scores('poor');
      expect(good.length).toBeGreaterThanOrEqual(2);
      expect(poor.length).toBeGreaterThanOrEqual(1);
      const worstGood = Math.min(...good);
      const bestPoor = Math.max(...poor);
      if (cold.length > 0) {
        expect(worstGood).toBeGreaterThan(Math.max(...cold));
        expect(Math.min(...cold) - bestPoor).toBeGreaterThanOrEqual(15);
      }
      expect(worstGood - bestPoor).toBeGreaterThanOrEqual(30);
    },
  );
});
