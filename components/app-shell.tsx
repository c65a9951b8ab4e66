import type { ReactNode } from 'react';
import { AppHeader } from '@/components/app-header';
import { AreaNav, type AreaNavLink } from '@/components/area-nav';
import { FlashMessage } from '@/components/flash-message';
import type { PageUser } from '@/lib/auth/guards';
import { readFlash } from '@/lib/flash';

interface AppShellProps {
  user: PageUser;
  area?: string;
  nav?: { label: string; links: AreaNavLink[] };
  children: ReactNode;
}

export async function AppShell({ user, area, nav, children }: AppShellProps) {
  const flash = await readFlash();
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50">
      <AppHeader user={user} area={area} />
      {nav && <AreaNav label={nav.label} links={nav.links} />}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6 lg:px-8">
        <FlashMessage flash={flash} />
        {children}
      </main>
    </div>
  );
}
