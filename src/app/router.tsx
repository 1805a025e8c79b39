import { lazy, useState } from 'react';
import { Route, Routes } from 'react-router';
import { i18n, loadNamespaces } from '../i18n/i18n.ts';
import { AppLayout } from './layout.tsx';
import { PAGES, type PageSpec } from './pages.ts';
import { NotFound } from './routes/page-error.tsx';
import { RootErrorBoundary } from './routes/route-error.tsx';
import { TraineeArea } from './routes/trainee-area.tsx';

/**
 * A page whose code, and whose words in the current language, load when it is first visited. Navigations run in
 * a transition (react-router's default), so the page on screen stays until the next one is ready. A page whose
 * code and words are already in (the first page: startup waits for them) renders at once: suspending there would
 * show the loading line for React's reveal throttle, some 300 ms, for nothing.
 */
function page(spec: PageSpec) {
  const { load, loaded, namespace } = spec;
  const Lazy = lazy(async () => {
    const [Page] = await Promise.all([load(), namespace ? loadNamespaces(namespace) : undefined]);
    return { default: Page };
  });
  function Page() {
    // decided once per mount: switching component types would remount the page
    const [Ready] = useState(() => (namespace && !i18n.hasLoadedNamespace(namespace) ? undefined : loaded()));
    return Ready ? <Ready /> : <Lazy />;
  }
  return Page;
}

const AnalyzerRoute = page(PAGES.analyzer);
const CatalogRoute = page(PAGES.catalog);
const PlayRoute = page(PAGES.play);
const DebriefRoute = page(PAGES.debrief);
const ProgressRoute = page(PAGES.progress);
const SettingsRoute = page(PAGES.settings);

/**
 * Every page of the app, in react-router's declarative mode: the app needs no loaders or actions (its data is in
 * IndexedDB, read through live hooks), and this mode is about 16 kB gzip lighter than the data router.
 */
export function AppRoutes() {
  return (
    <RootErrorBoundary>
      <Routes>
        <Route path="/" element={<AppLayout />}>
          <Route path={PAGES.analyzer.path} element={<AnalyzerRoute />} />
          <Route element={<TraineeArea />}>
            <Route index element={<CatalogRoute />} />
            <Route path={PAGES.play.path} element={<PlayRoute />} />
            <Route path={PAGES.debrief.path} element={<DebriefRoute />} />
            <Route path={PAGES.progress.path} element={<ProgressRoute />} />
            <Route path={PAGES.settings.path} element={<SettingsRoute />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </RootErrorBoundary>
  );
}
