// what a conversation needs of the analyzer once it has started; loaded on its own (see analyzer-loader.ts)

import { analyzerLang, type Locale } from '../../engine/scenario/constants.ts';
import { lexiconExpressions } from '../../engine/scoring/lexicons.ts';
export { replyReader } from '../../engine/scoring/reply-reader.ts';
export { scoreSession } from '../../engine/scoring/scorecard.ts';

/** how long one warm-up step may hold the main thread, ms */
const WARM_STEP_MS = 8;

/**
 * Builds the lexicons of the scenario's language and compiles each of their expressions, in small steps between
 * other work, while the customer types and the trainee reads: otherwise the first replies pay for it (V8
 * compiles an expression when it first runs; over the English rules that is about 0.6 s). A reply sent meanwhile
 * just compiles what it needs itself. Returns a function that stops the warm-up.
 */
export function warmLexicons(locale: Locale, clock: () => number = () => performance.now()): () => void {
  const expressions = lexiconExpressions(analyzerLang(locale));
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const until = clock() + WARM_STEP_MS;
    while (next < expressions.length && clock() < until) {
      const re = expressions[next++]!;
      re.lastIndex = 0;
      re.test('.');
      re.lastIndex = 0;
    }
    if (next < expressions.length) timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
