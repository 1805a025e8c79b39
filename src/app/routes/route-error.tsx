import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { AppShell } from '../layout.tsx';

/** the error element of a page inside the layout: says what happened and offers a way on */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;

  useEffect(() => {
    if (!notFound) console.error('route failed to render', error);
  }, [error, notFound]);

  return (
    <div className="route-error" role="alert">
      <h1>{notFound ? t('app.error.notFoundTitle') : t('app.error.crashTitle')}</h1>
      <p>{notFound ? t('app.error.notFoundBody', { path: location.pathname }) : t('app.error.crashBody')}</p>
      <div className="route-error__actions">
        {notFound ? null : (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('app.error.reload')}
          </button>
        )}
        <Link to="/">{t('app.error.home')}</Link>
      </div>
    </div>
  );
}

/** the error element of the root route (unknown addresses, a broken layout): keeps the header */
export function RootError() {
  return (
    <AppShell>
      <RouteError />
    </AppShell>
  );
}
