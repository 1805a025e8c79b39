import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

/** one namespace per feature that owns its words (`useTranslation('catalog')`); shared words live in `translation` */
export const NAMESPACES = ['translation', 'catalog', 'profiles', 'settings', 'debrief', 'progress'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** what every page needs: the shared words and the "who is practising?" gate; features load their own */
const STARTUP_NAMESPACES: readonly Namespace[] = ['translation', 'profiles'];

// each language's words in each namespace are a file of their own, loaded when first needed: a page loads its
// language only, not all three
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>('./locales/**/*.json', { import: 'default' });

function localeFile(lng: string, ns: string): Promise<Record<string, unknown>> {
  const file = ns === 'translation' ? `./locales/${lng}.json` : `./locales/${ns}/${lng}.json`;
  const load = LOCALE_FILES[file];
  if (!load) return Promise.reject(new Error(`no ${ns} words for ${lng} (${file})`));
  return load();
}

export type UiLanguage = 'en' | 'zh-CN' | 'zh-TW';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN', 'zh-TW'];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/** the query parameter that picks the interface language, e.g. `/?lng=zh-TW` */
export const LANGUAGE_QUERY_PARAM = 'lng';
export const LANGUAGE_STORAGE_KEY = 'parley.uiLanguage';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * maps a BCP 47 tag from the url, storage or browser onto a shipped catalog; unknown tags pass through
 * so that i18next can go on to the next detected language
 */
export function toUiLanguage(tag: string): string {
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) {
    // traditional script: explicit Hant, or regions that write it by default
    return /^zh-(hant|tw|hk|mo)(-|$)/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  return tag;
}

/** the language in use, as one of the shipped catalogs */
export function currentUiLanguage(instance: typeof i18n = i18n): UiLanguage {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isUiLanguage(lng) ? lng : DEFAULT_UI_LANGUAGE;
}

/** the language the trainee chose, mirrored in localStorage so that the next start can use it at once */
export function rememberedUiLanguage(): UiLanguage | null {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(saved) ? saved : null;
  } catch {
    return null; // storage blocked (private mode, policy): the browser's language it is
  }
}

function remember(lng: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // storage blocked: the choice holds for this visit
  }
}

/** whether the address names the language (`?lng=`): it wins over the saved setting for this visit */
export function languageInAddress(): boolean {
  return typeof window !== 'undefined' && new URL(window.location.href).searchParams.has(LANGUAGE_QUERY_PARAM);
}

/**
 * switches the interface language by the trainee's choice: remembered for the next start (the caller saves the
 * `language` setting too), and an explicit `?lng=` in the address is kept in step with it
 */
export async function setUiLanguage(lng: UiLanguage): Promise<void> {
  await i18n.changeLanguage(lng);
  remember(lng);
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (url.searchParams.has(LANGUAGE_QUERY_PARAM)) {
    url.searchParams.set(LANGUAGE_QUERY_PARAM, lng);
    // keep the router's history state: only the query changes
    window.history.replaceState(window.history.state, '', url);
  }
}

/** loads a feature's words in the current language (and the fallback), e.g. before its page renders */
export function loadNamespaces(...ns: Namespace[]): Promise<void> {
  return i18n.loadNamespaces(ns);
}

/** resolves once the startup words of the detected language are loaded: render after it */
export const i18nReady: Promise<unknown> = i18n
  .use(LanguageDetector)
  .use(resourcesToBackend(localeFile))
  .use(initReactI18next)
  .init({
    ns: [...STARTUP_NAMESPACES],
    defaultNS: 'translation',
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: DEFAULT_UI_LANGUAGE,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: LANGUAGE_QUERY_PARAM,
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // only a choice is remembered (setUiLanguage): a link with `?lng=` must not replace the saved setting
      caches: [],
      convertDetectedLanguage: toUiLanguage,
    },
  });

export { i18n };
