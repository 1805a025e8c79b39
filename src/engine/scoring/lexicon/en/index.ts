import type { SignalLexicon } from '../lexicon-types.ts';
import empathy from './empathy.ts';
import apology from './apology.ts';
import question from './question.ts';
import rhetorical from './rhetorical.ts';
import restatement from './restatement.ts';
import solution from './solution.ts';
import timeline from './timeline.ts';
import followup from './followup.ts';
import absolute from './absolute.ts';
import blame from './blame.ts';
import dismissive from './dismissive.ts';
import privacy from './privacy.ts';
import impatient from './impatient.ts';
import anger from './anger.ts';
import anxiety from './anxiety.ts';
import { EN_MACROS } from './macros.ts';

/** every en lexicon, one file per signal */
export const EN_LEXICONS: readonly SignalLexicon[] = [
  empathy, apology, question, rhetorical, restatement, solution, timeline, followup,
  absolute, blame, dismissive, privacy, impatient, anger, anxiety,
];
export { EN_MACROS };
