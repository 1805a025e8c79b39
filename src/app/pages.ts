import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import { i18nReady, loadNamespaces, type Namespace } from '../i18n/i18n.ts';

/** a page of the app: its address, its code (loaded on first visit), and the words it needs beyond the common ones */
export interface PageSpec {
  path: string;
  load: () => Promise<ComponentType>;
  namespace?: Namespace;
  /** what else the page will surely need, given its address's parameters, started with its code */
  prefetch?: (params: Readonly<Record<string, string | undefined>>) => void;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    // a chunk that failed to load (offline before the app was cached) may be tried again
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

export type PageName = 'analyzer' | 'catalog' | 'play' | 'debrief' | 'progress' | 'settings';

export const PAGES: Readonly<Record<PageName, PageSpec>> = {
  analyzer: {
    path: '/analyzer',
    load: once(async () => (await import('./routes/analyzer-route.tsx')).AnalyzerRoute),
  },
  catalog: {
    path: '/',
    load: once(async () => (await import('./routes/catalog-route.tsx')).CatalogRoute),
    namespace: 'catalog',
  },
  play: {
    path: '/play/:scenarioId',
    load: once(async () => (await import('./routes/play-route.tsx')).PlayRoute),
    // a built-in scenario's body and the compiler, while startup reads the profile
    prefetch: ({ scenarioId }) => {
      if (scenarioId) {
        void import('../data/scenario-library.ts')
          .then(({ loadBuiltinScenario }) => loadBuiltinScenario(scenarioId))
          .catch(() => undefined); // the page loads it again, and says so if it cannot
      }
    },
  },
  debrief: {
    path: '/attempts/:attemptId',
    load: once(async () => (await import('./routes/debrief-route.tsx')).DebriefRoute),
    namespace: 'debrief',
  },
  progress: {
    path: '/progress',
    load: once(async () => (await import('./routes/progress-route.tsx')).ProgressRoute),
    namespace: 'progress',
  },
  settings: {
    path: '/settings',
    load: once(async () => (await import('./routes/settings-route.tsx')).SettingsRoute),
    namespace: 'settings',
  },
};

/**
 * Starts loading the code of the page at `pathname`, its words and what else it will surely need, so that they arrive
 * while startup reads the interface words and the profile rather than after them. Unknown addresses load nothing.
 */
export function preloadPage(pathname: string): void {
  for (const page of Object.values(PAGES)) {
    const match = matchPath(page.path, pathname);
    if (!match) continue;
    void page.load().catch(() => undefined); // the page itself reports a failed load when it renders
    const { namespace } = page;
    // its words once the language is settled, instead of after the profile gate has rendered
    if (namespace) void i18nReady.then(() => loadNamespaces(namespace)).catch(() => undefined);
    page.prefetch?.(match.params);
    return;
  }
}
