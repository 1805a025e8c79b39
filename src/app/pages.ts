import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import { i18nReady, loadNamespaces, type Namespace } from '../i18n/i18n.ts';

/** a page of the app: its address, its code (loaded on first visit), and the words it needs beyond the common ones */
export interface PageSpec {
  path: string;
  load: () => Promise<ComponentType>;
  /** the page's component once its code has loaded, so that a page can render without suspending */
  loaded: () => ComponentType | undefined;
  namespace?: Namespace;
  /** what else the page will surely need, given its address's parameters, started with its code */
  prefetch?: (params: Readonly<Record<string, string | undefined>>) => void;
}

/** a page's code: loaded once (a failed load, offline before the app was cached, may be tried again) */
function code(importer: () => Promise<ComponentType>): Pick<PageSpec, 'load' | 'loaded'> {
  let loading: Promise<ComponentType> | undefined;
  let component: ComponentType | undefined;
  return {
    load: () => {
      loading ??= importer().then((c) => (component = c));
      loading.catch(() => (loading = undefined));
      return loading;
    },
    loaded: () => component,
  };
}

export type PageName = 'analyzer' | 'catalog' | 'play' | 'debrief' | 'progress' | 'settings';

export const PAGES: Readonly<Record<PageName, PageSpec>> = {
  analyzer: {
    path: '/analyzer',
    ...code(async () => (await import('./routes/analyzer-route.tsx')).AnalyzerRoute),
  },
  catalog: {
    path: '/',
    ...code(async () => (await import('./routes/catalog-route.tsx')).CatalogRoute),
    namespace: 'catalog',
  },
  play: {
    path: '/play/:scenarioId',
    ...code(async () => (await import('./routes/play-route.tsx')).PlayRoute),
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
    ...code(async () => (await import('./routes/debrief-route.tsx')).DebriefRoute),
    namespace: 'debrief',
  },
  progress: {
    path: '/progress',
    ...code(async () => (await import('./routes/progress-route.tsx')).ProgressRoute),
    namespace: 'progress',
  },
  settings: {
    path: '/settings',
    ...code(async () => (await import('./routes/settings-route.tsx')).SettingsRoute),
    namespace: 'settings',
  },
};

/**
 * Starts loading the code of the page at `pathname`, its words and what else it will surely need, so that they arrive
 * while startup reads the interface words and the profile rather than after them. Settles (never rejects) once the
 * code and the words are in: startup waits for that, so the first page renders without a loading fallback, as a
 * router with lazy routes would. Unknown addresses load nothing.
 */
export function preloadPage(pathname: string): Promise<void> {
  for (const page of Object.values(PAGES)) {
    const match = matchPath(page.path, pathname);
    if (!match) continue;
    const { namespace } = page;
    page.prefetch?.(match.params);
    return Promise.all([
      page.load(),
      // its words once the language is settled, instead of after the profile gate has rendered
      namespace ? i18nReady.then(() => loadNamespaces(namespace)) : undefined,
    ]).then(
      () => undefined,
      () => undefined, // the page itself reports a failed load when it renders
    );
  }
  return Promise.resolve();
}
