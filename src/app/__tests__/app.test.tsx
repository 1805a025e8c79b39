import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/db.ts';
import { setSetting } from '../../data/settings-repository.ts';
import { i18n, LANGUAGE_STORAGE_KEY } from '../../i18n/i18n.ts';
import { preloadPage } from '../pages.ts';
import { AppRoutes } from '../router.tsx';
import { renderAt } from '../../ui/test-support/render-at.tsx';

function renderAppAt(path: string) {
  return renderAt(path, <AppRoutes />).address;
}

// every route loads its code lazily and reads IndexedDB: slow on a busy machine, not a timing check
describe('app routes', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await Promise.all(db.tables.map((t) => t.clear()));
    await i18n.changeLanguage('en');
  });

  it('speaks the saved language setting when the address names none', async () => {
    await setSetting('language', 'zh-CN');
    renderAppAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: '谁在练习？' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(i18n.language).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('lets ?lng= in the address win over the saved setting for the visit, without replacing it', async () => {
    await setSetting('language', 'zh-CN');
    window.history.replaceState(null, '', '/?lng=en');
    try {
      renderAppAt('/');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Who is practising?' }, { timeout: 5000 }),
      ).toBeInTheDocument();
      // the setting has been read by now: give its effect a chance to act, then check it did not
      await new Promise((r) => setTimeout(r, 300));
      expect(i18n.language).toBe('en');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('asks who is practising first, then shows the scenario catalog inside the app shell', async () => {
    renderAppAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Who is practising?' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Parley');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox'), 'Mei{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Locked out and furious' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Practise' }).length).toBeGreaterThanOrEqual(8);
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Mei'));
  });

  it('draws a page whose code startup has already loaded at once, with no loading line', async () => {
    await preloadPage('/analyzer');
    renderAppAt('/analyzer');
    expect(screen.getByRole('heading', { level: 1, name: 'Reply analyzer' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('serves the reply analyzer at /analyzer without asking for a profile', async () => {
    renderAppAt('/analyzer');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reply analyzer' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Interface language' })).toHaveValue('en');
  });

  it('says an unknown address has no page and links back to the scenarios', async () => {
    const address = renderAppAt('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at “/no-such-page”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back to the scenarios' }));
    await waitFor(() => expect(address.location?.pathname).toBe('/'));
  });
});
