import { render, type RenderResult } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { i18n } from '../../i18n/i18n.ts';

/** where the app is, as the router sees it; filled in on every render */
export interface Address {
  location?: Location;
}

function Where({ onLocation }: { onLocation: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onLocation(location);
  }, [location, onLocation]);
  return null;
}

/** renders routes (a `<Routes>` tree) at one address, with the app's i18n, and reports where navigation leads */
export function renderAt(path: string, routes: ReactNode): RenderResult & { address: Address } {
  const address: Address = {};
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        {routes}
        <Where
          onLocation={(location) => {
            address.location = location;
          }}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, address };
}
