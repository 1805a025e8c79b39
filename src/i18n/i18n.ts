import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import catalogEn from './locales/catalog/en.json';
import catalogZhCN from './locales/catalog/zh-CN.json';
import catalogZhTW from './locales/catalog/zh-TW.json';
import debriefEn from './locales/debrief/en.json';
import debriefZhCN from './locales/debrief/zh-CN.json';
import debriefZhTW from './locales/debrief/zh-TW.json';
import en from './locales/en.json';
import profilesEn from './locales/profiles/en.json';
import profilesZhCN from './locales/profiles/zh-CN.json';
import profilesZhTW from './locales/profiles/zh-TW.json';
import progressEn from './locales/progress/en.json';
import progressZhCN from './locales/progress/zh-CN.json';
import progressZhTW from './locales/progress/zh-TW.json';
import settingsEn from './locales/settings/en.json';
import settingsZhCN from './locales/settings/zh-CN.json';
import settingsZhTW from './locales/settings/zh-TW.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

/** one namespace per feature that owns its words (`useTranslation('catalog')`); shared words live in `translation` */
export const NAMESPACES = ['translation', 'catalog', 'profiles', 'settings', 'debrief', 'progress'] as const;

export const RESOURCES = {
  en: {
    translation: en,
    catalog: catalogEn,
    profiles: profilesEn,
    settings: settingsEn,
    debrief: debriefEn,
    progress: progressEn,
  },
  'zh-CN': {
    translation: zhCN,
    catalog: catalogZhCN,
    profiles: profilesZhCN,
    settings: settingsZhCN,
    debrief: debriefZhCN,
    progress: progressZhCN,
  },
  'zh-TW': {
    translation: zhTW,
    catalog: catalogZhTW,
    profiles: profilesZhTW,
    settings: settingsZhTW,
    debrief: debriefZhTW,
    progress: progressZhTW,
  },
};

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

/** switches the interface language and keeps an explicit `?lng=` in the address in step with it */
export async function setUiLanguage(lng: UiLanguage): Promise<void> {
  await i18n.changeLanguage(lng);
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (url.searchParams.has(LANGUAGE_QUERY_PARAM)) {
    url.searchParams.set(LANGUAGE_QUERY_PARAM, lng);
    // keep the router's history state: only the query changes
    window.history.replaceState(window.history.state, '', url);
  }
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: RESOURCES,
    ns: [...NAMESPACES],
    defaultNS: 'translation',
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: DEFAULT_UI_LANGUAGE,
    load: 'currentOnly',
    // resources are bundled, so the first render already has its strings
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: LANGUAGE_QUERY_PARAM,
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toUiLanguage,
    },
  });

export { i18n };
