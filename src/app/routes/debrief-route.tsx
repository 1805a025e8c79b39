import { useParams } from 'react-router';
import { DebriefPage } from '../../features/debrief/components/debrief-page.tsx';

export function DebriefRoute() {
  const { attemptId = '' } = useParams();
  return <DebriefPage key={attemptId} attemptId={attemptId} />;
}
