// what a conversation needs of the analyzer once it has started; loaded on its own (see analyzer-loader.ts)

import { analyzerLang, type Locale } from '../../engine/scenario/constants.ts';
import { lexiconExpressions } from '../../engine/scoring/lexicons.ts';
import { replyReader } from '../../engine/scoring/reply-reader.ts';

export { replyReader };
export { scoreSession } from '../../engine/scoring/scorecard.ts';

/** an ordinary reply per language: reading it once compiles the analyzer's own code before a real reply */
const SAMPLE_REPLY = {
  en: "I'm so sorry about this. So the app keeps rejecting your password? Which device are you using? I'll fix it within 2 hours and check back with you.",
  zh: '非常抱歉给您带来麻烦。您是说APP一直提示密码错误对吗？请问您用的是什么设备？我会在两小时内处理好并回复您。',
} as const;

/** how long one warm-up step may hold the main thread, ms */
const WARM_STEP_MS = 8;

/**
 * Builds the lexicons of the scenario's language and compiles each of their expressions, in small steps between
 * other work, while the customer types and the trainee reads: otherwise the first replies pay for it (V8
 * compiles an expression when it first runs; over the English rules that is about 0.6 s). A reply sent meanwhile
 * just compiles what it needs itself. Returns a function that stops the warm-up.
 */
export function warmLexicons(locale: Locale, clock: () => number = () => performance.now()): () => void {
  const lang = analyzerLang(locale);
  const expressions = lexiconExpressions(lang);
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
  // first one whole reply (tens of ms, once): the analyzer's code, and the expressions most replies run
  timer = setTimeout(() => {
    replyReader.analyze(SAMPLE_REPLY[lang], {});
    timer = setTimeout(step, 0);
  }, 0);
  return () => clearTimeout(timer);
}
