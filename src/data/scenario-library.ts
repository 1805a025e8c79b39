import type { CompiledScenario } from '../engine/scenario/compile-scenario.ts';
import type { ScenarioIssue } from '../engine/scenario/issues.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

/*
 * The built-in scenario files are validated and turned into JavaScript at build time (src/build/scenarios-plugin.ts):
 * a scenario's body is loaded when it is played, and what the catalog shows of each is in scenario-catalog.ts. The
 * YAML parser and the schema load only for scenarios a trainer imported on this device.
 */
const BUILTIN_BODIES = import.meta.glob<Scenario>(['/scenarios/*.yaml', '!/scenarios/*.golden.yaml'], {
  import: 'default',
});

export type ScenarioOrigin = 'builtin' | 'imported';

/** a scenario ready to play */
export interface LibraryEntry {
  id: string;
  origin: ScenarioOrigin;
  scenario: Scenario;
  compiled: CompiledScenario;
}

export type EntryResult = { ok: true; entry: LibraryEntry } | { ok: false; issues: ScenarioIssue[] };

/** a built-in scenario's id is its file's name (the build checks it), so finding one needs no file read */
const builtinFiles = new Map<string, string>(
  Object.keys(BUILTIN_BODIES)
    .sort((a, b) => a.localeCompare(b))
    .map((file) => [file.replace(/^.*\/|\.yaml$/g, ''), file]),
);

export function isBuiltinScenario(id: string): boolean {
  return builtinFiles.has(id);
}

// the compiler (and XState) load with the first scenario played, not with the catalog
const loadCompiler = () => import('../engine/scenario/compile-scenario.ts');

const loaded = new Map<string, Promise<LibraryEntry>>();

/** one built-in scenario, compiled; undefined for an id that is not built in */
export function loadBuiltinScenario(id: string): Promise<LibraryEntry> | undefined {
  const file = builtinFiles.get(id);
  const load = file ? BUILTIN_BODIES[file] : undefined;
  if (!load) return undefined;
  let entry = loaded.get(id);
  if (!entry) {
    entry = Promise.all([load(), loadCompiler()]).then(([scenario, { compileScenario }]) => ({
      id: scenario.id,
      origin: 'builtin' as const,
      scenario,
      compiled: compileScenario(scenario),
    }));
    // a failed load (offline before the app was cached) may be retried
    entry.catch(() => loaded.delete(id));
    loaded.set(id, entry);
  }
  return entry;
}

/** every built-in scenario, compiled, in file order */
export function loadBuiltinLibrary(): Promise<LibraryEntry[]> {
  return Promise.all([...builtinFiles.keys()].map((id) => loadBuiltinScenario(id)!));
}

/** parse, validate and compile a scenario file a trainer imported (loads the YAML parser and the schema) */
export async function entryFromText(text: string, origin: ScenarioOrigin): Promise<EntryResult> {
  const [{ parseScenario }, { compileScenario }] = await Promise.all([
    import('../engine/scenario/parse-scenario.ts'),
    loadCompiler(),
  ]);
  const parsed = parseScenario(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return {
    ok: true,
    entry: {
      id: parsed.scenario.id,
      origin,
      scenario: parsed.scenario,
      compiled: compileScenario(parsed.scenario),
    },
  };
}
