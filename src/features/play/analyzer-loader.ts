import type { ReplyReader } from '../../engine/scoring/reply-reader.ts';
import type * as Kit from './analyzer-kit.ts';

export type AnalyzerKit = typeof Kit;

let kit: AnalyzerKit | undefined;
let loading: Promise<AnalyzerKit> | undefined;

/**
 * The analyzer and the scorecard are most of the app's code. A conversation starts without them: the customer's
 * opening line needs only the scenario, so the page loads them while the customer "types" and the trainee reads.
 */
export function loadAnalyzerKit(): Promise<AnalyzerKit> {
  loading ??= import('./analyzer-kit.ts').then(
    (module) => (kit = module),
    (error: unknown) => {
      // offline before the app was cached, or a deploy replaced the chunk: let the next reply try again
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** the kit if it has loaded, so that a reply can be read at once */
export function loadedAnalyzerKit(): AnalyzerKit | undefined {
  return kit;
}

function requireKit(): AnalyzerKit {
  if (!kit) throw new Error('the analyzer has not loaded yet: await loadAnalyzerKit() before a reply');
  return kit;
}

/** a reader for a session that starts before the analyzer has loaded; replies wait for `loadAnalyzerKit()` */
export const deferredReader: ReplyReader = {
  analyze: (text, options) => requireKit().replyReader.analyze(text, options),
  normalize: (text) => requireKit().replyReader.normalize(text),
};
