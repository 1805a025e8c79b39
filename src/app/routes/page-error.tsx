import type { ComponentType, ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

function logCrash(error: unknown) {
  console.error('a page failed to render', error);
}

/** catches a render crash below it, logs it, shows `Fallback`, and clears once the address changes */
export function CrashBoundary({ Fallback, children }: { Fallback: ComponentType<FallbackProps>; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={Fallback} onError={logCrash} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}

/** what a page that crashed shows in its place: says what happened and offers a way on */
export function PageCrashed(_props: FallbackProps) {
  const { t } = useTranslation();
  return (
    <div className="route-error" role="alert">
      <h1>{t('app.error.crashTitle')}</h1>
      <p>{t('app.error.crashBody')}</p>
      <div className="route-error__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
        <Link to="/">{t('app.error.home')}</Link>
      </div>
    </div>
  );
}

/** an address with no page */
export function NotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="route-error" role="alert">
      <h1>{t('app.error.notFoundTitle')}</h1>
      <p>{t('app.error.notFoundBody', { path: location.pathname })}</p>
      <div className="route-error__actions">
        <Link to="/">{t('app.error.home')}</Link>
      </div>
    </div>
  );
}

/** around one page inside the layout: a crash replaces the page, keeps the header, and clears on the next address */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  return <CrashBoundary Fallback={PageCrashed}>{children}</CrashBoundary>;
}
