import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireCreatorPage } from '@/lib/auth/guards';

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const user = await requireCreatorPage('/creator');
  return (
    <AppShell user={user} area="Creator">
      {children}
    </AppShell>
  );
}
