import { compileScenario, parseScenario } from '../engine/scenario/index.ts';
import type { CompiledScenario, Scenario, ScenarioIssue } from '../engine/scenario/index.ts';

/** the built-in scenario files, bundled at build time (golden transcripts stay out of the app) */
const BUILTIN_SOURCES = import.meta.glob<string>(['/scenarios/*.yaml', '!/scenarios/*.golden.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export type ScenarioOrigin = 'builtin' | 'imported';

export interface LibraryEntry {
  id: string;
  origin: ScenarioOrigin;
  scenario: Scenario;
  compiled: CompiledScenario;
}

export interface LibraryProblem {
  file: string;
  issues: ScenarioIssue[];
}

export type EntryResult = { ok: true; entry: LibraryEntry } | { ok: false; issues: ScenarioIssue[] };

/** parse, validate and compile one scenario file's text */
export function entryFromText(text: string, origin: ScenarioOrigin): EntryResult {
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

let builtin: { entries: LibraryEntry[]; problems: LibraryProblem[] } | undefined;

/** the built-in scenarios, parsed and compiled once; a broken file is reported, never fatal */
export function builtinLibrary(): { entries: LibraryEntry[]; problems: LibraryProblem[] } {
  if (builtin) return builtin;
  const entries: LibraryEntry[] = [];
  const problems: LibraryProblem[] = [];
  for (const [file, text] of Object.entries(BUILTIN_SOURCES).sort(([a], [b]) => a.localeCompare(b))) {
    const result = entryFromText(text, 'builtin');
    if (result.ok) entries.push(result.entry);
    else problems.push({ file, issues: result.issues });
  }
  builtin = { entries, problems };
  return builtin;
}

/** a scenario by id: built-in first, then the imported ones passed in */
export function findScenario(id: string, imported: readonly LibraryEntry[] = []): LibraryEntry | undefined {
  return builtinLibrary().entries.find((e) => e.id === id) ?? imported.find((e) => e.id === id);
}
