// what a conversation needs of the analyzer once it has started; loaded on its own (see analyzer-loader.ts)
import { analyzerLang, type Locale } from '../../engine/scenario/constants.ts';
import { getLexicons } from '../../engine/scoring/lexicons.ts';

export { replyReader } from '../../engine/scoring/reply-reader.ts';
export { scoreSession } from '../../engine/scoring/scorecard.ts';

/** compile the lexicons of the scenario's language now, not when the trainee presses Enter (a few hundred ms) */
export function warmLexicons(locale: Locale): void {
  getLexicons(analyzerLang(locale));
}
