import type { ReactNode } from 'react';
import { Logo } from '@/components/logo';
import { Card } from '@/components/ui/card';

export default function InvitationLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50">
      <header className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8">
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 justify-center px-4 pb-16 focus:outline-none sm:pt-6">
        <Card className="h-fit w-full max-w-md sm:p-8">{children}</Card>
      </main>
    </div>
  );
}
