import { useMemo } from 'react';
import { safeAnalyzeReply } from '../../../engine/scoring/analyze-reply.ts';
import type { InputErrorCode, ReplyAnalysis, SafeAnalysis } from '../../../engine/scoring/index.ts';
import type { AnalyzerDraft } from '../analyzer-store.ts';
import { useDebouncedValue } from './use-debounced-value.ts';

/** how long typing must pause before the reply is analysed again */
export const ANALYSIS_DEBOUNCE_MS = 150;

export type ReplyAnalysisState =
  | { status: 'idle' }
  | { status: 'ok'; analysis: ReplyAnalysis; emotionSource: EmotionSource; langSource: LangSource }
  | { status: 'invalid'; code: InputErrorCode; params: Readonly<Record<string, string | number>> }
  | { status: 'crashed' };

/** where the customer's emotion and the reply's language came from, so the page can say so */
export type EmotionSource = 'chosen' | 'detected' | 'none';
export type LangSource = 'chosen' | 'detected';

const IDLE: ReplyAnalysisState = { status: 'idle' };

/** runs the analyzer on a draft; pure, so it is tested without React */
export function analyzeDraft(draft: Omit<AnalyzerDraft, 'touched'>, touched: boolean): ReplyAnalysisState {
  if (!touched && draft.reply === '') return IDLE;
  const customer = draft.customer.trim() === '' ? undefined : draft.customer;
  const emotion = draft.emotion === 'auto' ? undefined : draft.emotion;
  const context = customer === undefined && emotion === undefined ? undefined : { customer, emotion };
  let result: SafeAnalysis;
  try {
    result = safeAnalyzeReply(draft.reply, {
      ...(draft.lang === 'auto' ? {} : { lang: draft.lang }),
      ...(context ? { context } : {}),
    });
  } catch (error) {
    // an analyzer bug must not take the page (and the trainer's text) down with it
    console.error('reply analysis failed', error);
    return { status: 'crashed' };
  }
  if (!result.ok) return { status: 'invalid', code: result.error.code, params: result.error.params };
  const emotionSource: EmotionSource = emotion ? 'chosen' : customer ? 'detected' : 'none';
  const langSource: LangSource = draft.lang === 'auto' ? 'detected' : 'chosen';
  return { status: 'ok', analysis: result.analysis, emotionSource, langSource };
}

/** the analysis of the draft, redone when typing pauses so that long replies never make keys lag */
export function useReplyAnalysis(draft: AnalyzerDraft): { state: ReplyAnalysisState; isStale: boolean } {
  const reply = useDebouncedValue(draft.reply, ANALYSIS_DEBOUNCE_MS);
  const customer = useDebouncedValue(draft.customer, ANALYSIS_DEBOUNCE_MS);
  const { emotion, lang, touched } = draft;
  const state = useMemo(
    () => analyzeDraft({ reply, customer, emotion, lang }, touched),
    [reply, customer, emotion, lang, touched],
  );
  // a cleared page goes back to its hint at once rather than after the pause
  if (!touched && draft.reply === '') return { state: IDLE, isStale: false };
  return { state, isStale: reply !== draft.reply || customer !== draft.customer };
}
