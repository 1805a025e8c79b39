import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n, i18nReady, NAMESPACES, UI_LANGUAGES } from './i18n/i18n.ts';

// the app loads each language's words when needed; tests render synchronously, so every word is loaded up front
await i18nReady;
await i18n.loadNamespaces([...NAMESPACES]);
await i18n.loadLanguages([...UI_LANGUAGES]);

// vitest runs without globals, so Testing Library cannot register its own cleanup
afterEach(() => {
  cleanup();
});
