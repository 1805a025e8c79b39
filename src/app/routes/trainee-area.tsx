import { Outlet } from 'react-router';
import { ProfileGate } from '../../features/profiles/components/profile-gate.tsx';

/** pages that belong to a trainee: the first screen on a shared device asks who is practising */
export function TraineeArea() {
  return (
    <ProfileGate>
      <Outlet />
    </ProfileGate>
  );
}
