import { ProgressPage } from '../../features/progress/components/progress-page.tsx';

export function ProgressRoute() {
  return <ProgressPage />;
}
