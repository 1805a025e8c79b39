import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { routes } from '../router.tsx';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

describe('app routes', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('serves the reply analyzer at / inside the app shell', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reply analyzer' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Parley');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('combobox', { name: 'Interface language' })).toHaveValue('en');
  });

  it('says an unknown address has no page and links back to the analyzer', async () => {
    const router = renderAt('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at “/no-such-page”.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Back to the reply analyzer' }));
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reply analyzer' })).toBeInTheDocument();
  });
});
