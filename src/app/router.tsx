import type { RouteObject } from 'react-router';
import { loadNamespaces } from '../i18n/i18n.ts';
import { AppLayout } from './layout.tsx';
import { RootError, RouteError } from './routes/route-error.tsx';
import { TraineeArea } from './routes/trainee-area.tsx';

/** every page of the app; each page's code, and its words in the current language, load when it is first visited */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RootError />,
    children: [
      {
        path: 'analyzer',
        lazy: async () => ({ Component: (await import('./routes/analyzer-route.tsx')).AnalyzerRoute }),
        errorElement: <RouteError />,
      },
      {
        element: <TraineeArea />,
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => {
              const [page] = await Promise.all([
                import('./routes/catalog-route.tsx'),
                loadNamespaces('catalog'),
              ]);
              return { Component: page.CatalogRoute };
            },
          },
          {
            path: 'play/:scenarioId',
            lazy: async () => ({ Component: (await import('./routes/play-route.tsx')).PlayRoute }),
          },
          {
            path: 'attempts/:attemptId',
            lazy: async () => {
              const [page] = await Promise.all([
                import('./routes/debrief-route.tsx'),
                loadNamespaces('debrief'),
              ]);
              return { Component: page.DebriefRoute };
            },
          },
          {
            path: 'progress',
            lazy: async () => {
              const [page] = await Promise.all([
                import('./routes/progress-route.tsx'),
                loadNamespaces('progress'),
              ]);
              return { Component: page.ProgressRoute };
            },
          },
          {
            path: 'settings',
            lazy: async () => {
              const [page] = await Promise.all([
                import('./routes/settings-route.tsx'),
                loadNamespaces('settings'),
              ]);
              return { Component: page.SettingsRoute };
            },
          },
        ],
      },
    ],
  },
];
