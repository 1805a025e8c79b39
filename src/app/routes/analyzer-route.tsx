import { AnalyzerPage } from '../../features/analyzer/components/analyzer-page.tsx';

export function AnalyzerRoute() {
  return <AnalyzerPage />;
}
