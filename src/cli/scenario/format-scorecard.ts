import type { CompiledScenario } from '../../engine/scenario/compile-scenario.ts';
import { localize } from '../../engine/scenario/lines.ts';
import { DIMENSIONS, type Locale } from '../../engine/scenario/schema.ts';
import type { Deduction, EvidenceRef, Scorecard } from '../../engine/scoring/scorecard.ts';
import { t } from '../i18n.ts';
import { printable, wrapText, type Paint } from '../terminal-text.ts';

export interface ScorecardFormat {
  compiled: CompiledScenario;
  locale: Locale;
  paint: Paint;
  width: number;
}

const INDENT = '  ';
const MIN_WIDTH = 30;

function scoreStyle(score: number): 'green' | 'yellow' | 'red' {
  return score >= 80 ? 'green' : score >= 50 ? 'yellow' : 'red';
}

/** `reply 2: "the code we sent you" — Better: …` for evidence that points at words; plain, as it gets wrapped */
function describeEvidence(evidence: readonly EvidenceRef[] | undefined): string {
  const quoted = (evidence ?? []).filter((e) => e.cue !== undefined);
  return quoted
    .map((e) => {
      const where = e.reply !== undefined ? `${t('cli.scorecard.inReply', { reply: e.reply })}: ` : '';
      const better = e.suggestion ? ` — ${t('cli.scorecard.better')} ${printable(e.suggestion)}` : '';
      return `${where}"${printable(e.cue ?? '')}"${better}`;
    })
    .join('; ');
}

/** a deduction's reason in words; a missed checkpoint is named by its title in the played locale */
export function describeDeduction(deduction: Deduction, compiled: CompiledScenario, locale: Locale): string {
  const params: Record<string, string | number> = { ...deduction.params };
  if (deduction.code === 'checkpoint_missed') {
    const checkpoint = compiled.checkpoints.find((c) => c.id === params.checkpoint);
    if (checkpoint) params.checkpoint = localize(checkpoint.title, locale) || checkpoint.id;
  }
  return t(`cli.scorecard.deduction.${deduction.code}`, params);
}

/**
 * The scorecard as text: the overall score, critical violations first, each dimension with the reasons it lost
 * points, then the checkpoints met and missed.
 */
export function formatScorecard(card: Scorecard, format: ScorecardFormat): string[] {
  const { paint, compiled, locale } = format;
  const width = Math.max(MIN_WIDTH, format.width);
  const wrap = (text: string, indent: string) =>
    wrapText(text, width - indent.length).map((line) => `${indent}${line}`);
  const out: string[] = [];

  const capped =
    card.uncapped !== undefined
      ? ` ${paint('red', t('cli.scorecard.capped', { uncapped: card.uncapped }))}`
      : '';
  const outcome = card.outcome ? t(`cli.transcript.outcome.${card.outcome}`) : t('cli.scorecard.notFinished');
  out.push(
    `${paint([scoreStyle(card.overall), 'bold'], t('cli.scorecard.title', { overall: card.overall }))}  (${outcome})${capped}`,
  );

  if (card.critical.length > 0) {
    out.push('', paint(['red', 'bold'], t('cli.scorecard.critical')));
    for (const issue of card.critical) {
      const [first = '', ...rest] = wrap(t(`cli.scorecard.criticalIssue.${issue.code}`), INDENT.repeat(2));
      out.push(first.replace(INDENT.repeat(2), `${INDENT}${paint('red', '✗')} `), ...rest);
      const evidence = describeEvidence([issue.evidence]);
      if (evidence) out.push(...wrap(evidence, INDENT.repeat(2)));
    }
  }

  out.push('', paint('bold', t('cli.scorecard.dimensions')));
  const nameWidth = Math.max(...DIMENSIONS.map((d) => t(`cli.scorecard.dimension.${d}`).length));
  for (const dimension of DIMENSIONS) {
    const { score, weight, deductions } = card.dimensions[dimension];
    const name = t(`cli.scorecard.dimension.${dimension}`).padEnd(nameWidth);
    const none = deductions.length === 0 ? `  ${paint('dim', t('cli.scorecard.noDeductions'))}` : '';
    out.push(
      `${INDENT}${name}  ${paint(scoreStyle(score), String(score).padStart(3))}  ${paint('dim', t('cli.scorecard.weight', { weight }))}${none}`,
    );
    for (const deduction of deductions) {
      const lead = `${INDENT.repeat(2)}${paint('red', `−${deduction.points}`.padStart(4))} `;
      const reason = describeDeduction(deduction, compiled, locale);
      const evidence = describeEvidence(deduction.evidence);
      const hang = INDENT.repeat(2) + ' '.repeat(5);
      const [first = '', ...rest] = wrap(evidence ? `${reason} ${evidence}` : reason, hang);
      out.push(`${lead}${first.slice(hang.length)}`, ...rest);
    }
  }

  if (card.checkpoints.length > 0) {
    out.push('', paint('bold', t('cli.scorecard.checkpoints')));
    for (const checkpoint of card.checkpoints) {
      const mark = checkpoint.met ? paint('green', '✓') : paint('red', '✗');
      const title = printable(localize(checkpoint.title, locale)) || checkpoint.id;
      out.push(`${INDENT}${mark} ${title} ${paint('dim', `(${checkpoint.id})`)}`);
    }
  }
  return out;
}
