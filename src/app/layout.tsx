import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
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
      </header>
      <main id={MAIN_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function AppLayout() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}
