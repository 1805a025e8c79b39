import 'i18next';
import type en from './locales/en.json';

// typed keys: a misspelt key or a missing catalog entry fails typecheck
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
