import type { ReactNode } from 'react';
import { AppHeader } from '@/components/app-header';
import type { PageUser } from '@/lib/auth/guards';

export function AppShell({ user, area, children }: { user: PageUser; area?: string; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50">
      <AppHeader user={user} area={area} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
