import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { CurrentTraineeBadge } from '../features/profiles/components/profile-gate.tsx';
import { PageErrorBoundary } from './routes/page-error.tsx';
import { StorageBanner } from './storage-banner.tsx';
import { useSetting } from '../data/hooks.ts';
import { currentUiLanguage, languageInAddress, setUiLanguage } from '../i18n/i18n.ts';
import { LanguageSwitcher } from '../ui/language-switcher.tsx';
import { Logo } from '../ui/logo.tsx';

export const MAIN_ID = 'main';

/** header and main landmark around every page */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-brand">
            <Logo className="app-brand__logo" />
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </div>
          <LanguageSwitcher />
        </div>
        <nav className="app-nav" aria-label={t('app.nav.label')}>
          <NavLink to="/" end>
            {t('app.nav.catalog')}
          </NavLink>
          <NavLink to="/progress">{t('app.nav.progress')}</NavLink>
          <NavLink to="/settings">{t('app.nav.settings')}</NavLink>
          <NavLink to="/analyzer">{t('app.nav.analyzer')}</NavLink>
          <span className="app-nav__trainee">
            <CurrentTraineeBadge />
          </span>
        </nav>
      </header>
      <StorageBanner />
      <main id={MAIN_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** while a page's words load (a page normally loads them before it renders; switching language may not) */
function PageLoading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}

/**
 * The language follows `?lng=` first, then the saved setting, then the browser. Startup already used the saved
 * choice's mirror in localStorage; this applies the setting itself once it is read (the mirror may have been
 * cleared, or the choice made in another tab). It acts when the setting changes, not when the language does.
 */
function SavedLanguage() {
  const saved = useSetting('language');
  useEffect(() => {
    if (saved && !languageInAddress() && saved !== currentUiLanguage()) void setUiLanguage(saved);
  }, [saved]);
  return null;
}

export function AppLayout() {
  return (
    <AppShell>
      <SavedLanguage />
      <PageErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </PageErrorBoundary>
    </AppShell>
  );
}
