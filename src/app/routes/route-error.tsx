import type { ReactNode } from 'react';
import type { FallbackProps } from 'react-error-boundary';
import { AppShell } from '../layout.tsx';
import { CrashBoundary, PageCrashed } from './page-error.tsx';

function LayoutCrashed(props: FallbackProps) {
  return (
    <AppShell>
      <PageCrashed {...props} />
    </AppShell>
  );
}

/** around the whole app: a broken layout still shows the header, the message and a way home */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return <CrashBoundary Fallback={LayoutCrashed}>{children}</CrashBoundary>;
}
