import { CatalogPage } from '../../features/catalog/components/catalog-page.tsx';

export function CatalogRoute() {
  return <CatalogPage />;
}
