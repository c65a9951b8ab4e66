import type { ReactNode } from 'react';
import { AppHeader } from '@/components/app-header';
import { AreaNav, type AreaNavLink } from '@/components/area-nav';
import type { PageUser } from '@/lib/auth/guards';

interface AppShellProps {
  user: PageUser;
  area?: string;
  nav?: { label: string; links: AreaNavLink[] };
  children: ReactNode;
}

export function AppShell({ user, area, nav, children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50">
      <AppHeader user={user} area={area} />
      {nav && <AreaNav label={nav.label} links={nav.links} />}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
