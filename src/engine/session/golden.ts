import { z } from 'zod';
import type { CompiledScenario } from '../scenario/compile-scenario.ts';
import { LOCALES, OUTCOMES, type Outcome } from '../scenario/schema.ts';
import { scoreSession, type Scorecard } from '../scoring/scorecard.ts';
import { parseScript, runScript, type ScriptIssue, type ScriptRun } from './script.ts';
import type { TranscriptEntry } from './session.ts';

/**
 * Golden transcripts: `scenarios/<id>.golden.yaml` beside each scenario. Each transcript is a script (the same
 * lines as `parley play --replies`: a reply per line, `/action [priority]`, `/wait N`) and what it must reach.
 */
export const goldenFileSchema = z
  .object({
    scenario: z.string().min(1).meta({ description: 'the id of the scenario these transcripts play' }),
    transcripts: z
      .array(
        z
          .object({
            name: z.string().min(1),
            description: z.string().optional(),
            locale: z.enum(LOCALES),
            seed: z.string().optional(),
            replies: z.array(z.string()).min(1).meta({
              description:
                "script lines: a reply, '/send_official_link', '/create_ticket urgent', '/wait 60'",
            }),
            expect: z
              .object({
                end: z.enum(OUTCOMES).nullable().meta({
                  description: 'the outcome reached; null when the conversation should still be open',
                }),
                score: z
                  .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
                  .strict()
                  .optional()
                  .meta({ description: 'the overall score band' }),
                beats: z.array(z.string()).optional().meta({
                  description: 'beats that must be visited, in this order (others may come between)',
                }),
                checkpoints: z
                  .object({ met: z.array(z.string()).optional(), missed: z.array(z.string()).optional() })
                  .strict()
                  .optional(),
                critical: z
                  .boolean()
                  .optional()
                  .meta({ description: 'whether a critical violation (privacy) must be reported' }),
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type GoldenFile = z.infer<typeof goldenFileSchema>;
export type GoldenTranscript = GoldenFile['transcripts'][number];

export interface GoldenResult {
  name: string;
  locale: GoldenTranscript['locale'];
  passed: boolean;
  /** what did not match, as plain sentences */
  failures: string[];
  end: string | null;
  outcome: Outcome | null;
  score: number;
  beats: string[];
  scorecard: Scorecard;
  /** script lines that were refused or came after the end */
  skipped: ScriptRun['skipped'];
  scriptIssues: ScriptIssue[];
}

/** beats visited, in order, without repeats in a row */
export function beatsVisited(transcript: readonly TranscriptEntry[]): string[] {
  const out: string[] = [];
  for (const e of transcript) {
    const beat = e.kind === 'end' ? e.end : e.beat;
    if (out[out.length - 1] !== beat) out.push(beat);
  }
  return out;
}

function isSubsequence(wanted: readonly string[], seen: readonly string[]): boolean {
  let i = 0;
  for (const s of seen) if (s === wanted[i]) i++;
  return i === wanted.length;
}

/** play one golden transcript and compare what happened with what it expects */
export function runGolden(compiled: CompiledScenario, golden: GoldenTranscript): GoldenResult {
  const script = parseScript(golden.replies.join('\n'));
  const run = runScript(compiled, { locale: golden.locale, seed: golden.seed ?? golden.name }, script.steps);
  const card = scoreSession(compiled, run.session.transcript);
  const beats = beatsVisited(run.session.transcript);
  const failures: string[] = [];
  const { expect } = golden;
  for (const issue of script.issues) failures.push(`script line ${issue.line}: ${issue.message}`);
  if (card.outcome !== expect.end)
    failures.push(`expected the end ${expect.end ?? 'none (still open)'}, reached ${card.outcome ?? 'none'}`);
  if (expect.score && (card.overall < expect.score.min || card.overall > expect.score.max)) {
    failures.push(
      `expected an overall score in ${expect.score.min}-${expect.score.max}, got ${card.overall}`,
    );
  }
  if (expect.beats && !isSubsequence(expect.beats, beats))
    failures.push(`expected the beats ${expect.beats.join(' > ')}, visited ${beats.join(' > ')}`);
  for (const id of expect.checkpoints?.met ?? []) {
    const c = card.checkpoints.find((x) => x.id === id);
    if (!c) failures.push(`unknown checkpoint '${id}'`);
    else if (!c.met) failures.push(`expected the checkpoint '${id}' to be met`);
  }
  for (const id of expect.checkpoints?.missed ?? []) {
    const c = card.checkpoints.find((x) => x.id === id);
    if (!c) failures.push(`unknown checkpoint '${id}'`);
    else if (c.met) failures.push(`expected the checkpoint '${id}' to be missed`);
  }
  if (expect.critical !== undefined && expect.critical !== card.critical.length > 0) {
    failures.push(
      expect.critical
        ? 'expected a critical violation'
        : `expected no critical violation, got ${card.critical.length}`,
    );
  }
  run.session.stop();
  return {
    name: golden.name,
    locale: golden.locale,
    passed: failures.length === 0,
    failures,
    end: card.end,
    outcome: card.outcome,
    score: card.overall,
    beats,
    scorecard: card,
    skipped: run.skipped,
    scriptIssues: script.issues,
  };
}
