import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Emotion, Lang } from '../../engine/scoring/index.ts';

export type EmotionChoice = 'auto' | Emotion;
export type LangChoice = 'auto' | Lang;

export const EMOTION_CHOICES: readonly EmotionChoice[] = ['auto', 'anger', 'anxiety', 'none'];
export const LANG_CHOICES: readonly LangChoice[] = ['auto', 'en', 'zh'];

/** what the trainer has typed and chosen; kept per tab so a reload loses nothing */
export interface AnalyzerDraft {
  reply: string;
  customer: string;
  emotion: EmotionChoice;
  lang: LangChoice;
  /** set once the reply field has been edited, so an untouched page shows a hint, not an error */
  touched: boolean;
}

interface AnalyzerActions {
  setReply: (reply: string) => void;
  setCustomer: (customer: string) => void;
  setEmotion: (emotion: EmotionChoice) => void;
  setLang: (lang: LangChoice) => void;
  loadExample: (example: { reply: string; customer: string }) => void;
  clear: () => void;
}

export type AnalyzerState = AnalyzerDraft & AnalyzerActions;

export const EMPTY_DRAFT: AnalyzerDraft = {
  reply: '',
  customer: '',
  emotion: 'auto',
  lang: 'auto',
  touched: false,
};

const DRAFT_STORAGE_KEY = 'parley.analyzer.draft';

export function isEmotionChoice(value: unknown): value is EmotionChoice {
  return typeof value === 'string' && (EMOTION_CHOICES as readonly string[]).includes(value);
}

export function isLangChoice(value: unknown): value is LangChoice {
  return typeof value === 'string' && (LANG_CHOICES as readonly string[]).includes(value);
}

/** reads a stored draft back field by field; anything malformed falls back to the empty draft's value */
export function readDraft(stored: unknown): AnalyzerDraft {
  if (typeof stored !== 'object' || stored === null) return { ...EMPTY_DRAFT };
  const s = stored as Record<string, unknown>;
  return {
    reply: typeof s.reply === 'string' ? s.reply : EMPTY_DRAFT.reply,
    customer: typeof s.customer === 'string' ? s.customer : EMPTY_DRAFT.customer,
    emotion: isEmotionChoice(s.emotion) ? s.emotion : EMPTY_DRAFT.emotion,
    lang: isLangChoice(s.lang) ? s.lang : EMPTY_DRAFT.lang,
    touched: typeof s.touched === 'boolean' ? s.touched : EMPTY_DRAFT.touched,
  };
}

export const useAnalyzerStore = create<AnalyzerState>()(
  persist(
    (set) => ({
      ...EMPTY_DRAFT,
      setReply: (reply) => set({ reply, touched: true }),
      setCustomer: (customer) => set({ customer }),
      setEmotion: (emotion) => set({ emotion }),
      setLang: (lang) => set({ lang }),
      loadExample: ({ reply, customer }) => set({ reply, customer, emotion: 'auto', touched: true }),
      clear: () => set({ ...EMPTY_DRAFT }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ reply, customer, emotion, lang, touched }): AnalyzerDraft => ({
        reply,
        customer,
        emotion,
        lang,
        touched,
      }),
      merge: (stored, current) => ({ ...current, ...readDraft(stored) }),
    },
  ),
);
