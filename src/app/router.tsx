import type { RouteObject } from 'react-router';
import { AppLayout } from './layout.tsx';
import { RootError, RouteError } from './routes/route-error.tsx';
import { TraineeArea } from './routes/trainee-area.tsx';

/** every page of the app; each page's code loads when it is first visited */
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
            lazy: async () => ({ Component: (await import('./routes/catalog-route.tsx')).CatalogRoute }),
          },
          {
            path: 'play/:scenarioId',
            lazy: async () => ({ Component: (await import('./routes/play-route.tsx')).PlayRoute }),
          },
          {
            path: 'attempts/:attemptId',
            lazy: async () => ({ Component: (await import('./routes/debrief-route.tsx')).DebriefRoute }),
          },
          {
            path: 'progress',
            lazy: async () => ({ Component: (await import('./routes/progress-route.tsx')).ProgressRoute }),
          },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await import('./routes/settings-route.tsx')).SettingsRoute }),
          },
        ],
      },
    ],
  },
];
