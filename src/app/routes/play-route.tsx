import { useParams } from 'react-router';
import { PlayPage } from '../../features/play/components/play-page.tsx';

export function PlayRoute() {
  const { scenarioId = '' } = useParams();
  // a new scenario id starts a new page, never a half-reused one
  return <PlayPage key={scenarioId} scenarioId={scenarioId} />;
}
