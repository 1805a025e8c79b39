import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import type { Namespace } from '../i18n/i18n.ts';

/** a page of the app: its address, its code (loaded on first visit), and the words it needs beyond the common ones */
export interface PageSpec {
  path: string;
  load: () => Promise<ComponentType>;
  namespace?: Namespace;
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

export const PAGES = {
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
} satisfies Record<string, PageSpec>;

/**
 * Starts loading the code of the page at `pathname`, so that it arrives while startup reads the interface words
 * and the profile rather than after them. Unknown addresses load nothing.
 */
export function preloadPage(pathname: string): void {
  const page = Object.values(PAGES).find((p) => matchPath(p.path, pathname));
  void page?.load().catch(() => undefined); // the page itself reports a failed load when it renders
}
