import 'i18next';
import type catalog from './locales/catalog/en.json';
import type debrief from './locales/debrief/en.json';
import type en from './locales/en.json';
import type profiles from './locales/profiles/en.json';
import type progress from './locales/progress/en.json';
import type settings from './locales/settings/en.json';

// typed keys: a misspelt key or a missing catalog entry fails typecheck
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      catalog: typeof catalog;
      profiles: typeof profiles;
      settings: typeof settings;
      debrief: typeof debrief;
      progress: typeof progress;
    };
  }
}
