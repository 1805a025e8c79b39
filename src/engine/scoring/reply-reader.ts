import { safeAnalyzeReply, type SafeAnalysis } from './analyze-reply.ts';
import { normalizeText } from './normalize.ts';
import type { AnalyzeOptions } from './types.ts';

/**
 * What a session needs of the analyzer: read a reply, and normalise text the way the analyzer does (for a scenario's
 * `mentions`). A session takes it as an option, so that running a scenario does not import the analyzer: the app
 * shows the customer's opening line first and loads this module (and its lexicons) while the trainee reads it.
 */
export interface ReplyReader {
  analyze: (text: string, options: AnalyzeOptions) => SafeAnalysis;
  normalize: (text: string) => string;
}

export const replyReader: ReplyReader = {
  analyze: safeAnalyzeReply,
  normalize: (text) => normalizeText(text).text,
};
