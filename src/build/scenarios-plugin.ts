import type { Plugin } from 'vite';
import { scenarioMeta } from '../engine/scenario/meta.ts';
import { parseScenario } from '../engine/scenario/parse-scenario.ts';
import { formatIssue } from '../engine/scenario/issues.ts';

/** a scenario file of the built-in library (golden transcripts are test data, not scenarios) */
const SCENARIO_FILE = /\/scenarios\/[^/]+\.ya?ml$/;
const GOLDEN_FILE = /\.golden\.ya?ml$/;

/**
 * Built-in scenarios become JavaScript at build time: `import x from '/scenarios/a.yaml'` is the validated scenario
 * (defaults applied) and `?meta` is what the catalog shows of it. The app then needs neither the YAML parser nor
 * the schema to run a built-in scenario, and a broken built-in file fails the build with the parser's line:column
 * messages instead of reaching a trainee.
 */
export function builtinScenarios(): Plugin {
  return {
    name: 'parley:builtin-scenarios',
    enforce: 'pre',
    transform(code, id) {
      const [file = '', query = ''] = id.split('?', 2);
      if (!SCENARIO_FILE.test(file) || GOLDEN_FILE.test(file)) return null;
      // only the plain import and `?meta`: `?raw`, `?url` and the like keep their usual meaning
      if (query !== '' && query !== 'meta') return null;
      const parsed = parseScenario(code);
      if (!parsed.ok) {
        const errors = parsed.issues.filter((i) => i.severity === 'error');
        this.error(
          `built-in scenario ${file} is not valid:\n${errors.map((i) => formatIssue(i, file)).join('\n')}`,
        );
      }
      const name = file.replace(/^.*\/|\.ya?ml$/g, '');
      if (parsed.scenario.id !== name) {
        this.error(
          `built-in scenario ${file} has the id "${parsed.scenario.id}": a built-in scenario's id is its file's name ` +
            `(rename the file to ${parsed.scenario.id}.yaml, or the id to ${name})`,
        );
      }
      const value = query === 'meta' ? scenarioMeta(parsed.scenario) : parsed.scenario;
      return { code: `export default ${JSON.stringify(value)};\n`, map: null, moduleType: 'js' };
    },
  };
}
