import type { ReactNode } from 'react';
import { Logo } from '@/components/logo';

export function PublicShell({ nav, children }: { nav?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <header className="border-b border-zinc-200">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6 lg:px-8">
          <Logo />
          {nav && <nav aria-label="Account">{nav}</nav>}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-zinc-200">
        <p className="mx-auto max-w-6xl px-4 py-8 text-sm text-zinc-500 sm:px-6 lg:px-8">
          Pactly: influencer marketing with escrow.
        </p>
      </footer>
    </div>
  );
}
