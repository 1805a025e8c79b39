import type { RouteObject } from 'react-router';
import { AppLayout } from './layout.tsx';
import { AnalyzerRoute } from './routes/analyzer-route.tsx';
import { RootError, RouteError } from './routes/route-error.tsx';

/** every page of the app; the layout's error element also catches unknown addresses */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RootError />,
    children: [{ index: true, element: <AnalyzerRoute />, errorElement: <RouteError /> }],
  },
];
