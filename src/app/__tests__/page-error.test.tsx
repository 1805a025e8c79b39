import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { PageErrorBoundary } from '../routes/page-error.tsx';

function Broken(): never {
  throw new Error('the page broke');
}

function renderAt(path: string) {
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <nav>
          <Link to="/fine">elsewhere</Link>
        </nav>
        <PageErrorBoundary>
          <Routes>
            <Route path="/broken" element={<Broken />} />
            <Route path="/fine" element={<p>a working page</p>} />
          </Routes>
        </PageErrorBoundary>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('a page that crashes', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('is replaced by a message with a reload button and a way home, and the crash is logged', () => {
    renderAt('/broken');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this page');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scenarios' })).toHaveAttribute('href', '/');
    expect(console.error).toHaveBeenCalledWith(
      'a page failed to render',
      expect.objectContaining({ message: 'the page broke' }),
    );
  });

  it('keeps what is around the page, and clears once the trainee goes to another address', async () => {
    renderAt('/broken');
    await userEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(await screen.findByText('a working page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
