import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import '../ui/theme.css';
import './app.css';

/** keeps <html lang> in step with the interface language, for screen readers and CJK fonts */
function DocumentLanguage() {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage ?? instance.language;
  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);
  return null;
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentLanguage />
      {children}
    </I18nextProvider>
  );
}
