import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../../i18n/i18n.ts';
import { LanguageSwitcher } from '../../../ui/language-switcher.tsx';
import { EMPTY_DRAFT, useAnalyzerStore } from '../analyzer-store.ts';
import { AnalyzerPage } from '../components/analyzer-page.tsx';

/** a fresh English page with an empty draft, plus the interface-language switcher the app header shows */
export async function renderAnalyzer() {
  sessionStorage.clear();
  localStorage.clear();
  useAnalyzerStore.setState({ ...EMPTY_DRAFT });
  await i18n.changeLanguage('en');
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <LanguageSwitcher />
      <AnalyzerPage />
    </I18nextProvider>,
  );
  return { user, ...view };
}
