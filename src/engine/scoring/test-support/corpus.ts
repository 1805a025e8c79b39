import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusEntry, Evaluation } from '../evaluate.ts';

// the evaluation itself is engine code (`parley eval` runs it); this file keeps the names tests and scripts import
export { evaluate, expectedLabels, LABELS, predictedLabels } from '../evaluate.ts';
export type { CorpusEntry, Evaluation, Label, LabelScore } from '../evaluate.ts';

export function loadCorpus(name: string): CorpusEntry[] {
  const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusEntry);
}

export function formatEvaluation(name: string, e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${name}: label            P       R      F1   (tp/fp/fn)`];
  for (const s of e.scores) {
    lines.push(`  ${s.label.padEnd(22)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  lines.push(
    `  forbidden micro       ${pct(e.forbiddenMicro.precision)}${pct(e.forbiddenMicro.recall)}${pct(e.forbiddenMicro.f1)}`,
    `  safe replies flagged  ${e.safeFlagged}/${e.safeTotal}; question level accuracy ${pct(e.levelAccuracy)}`,
  );
  return lines.join('\n');
}
