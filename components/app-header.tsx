import Link from 'next/link';
import { ResendVerificationButton } from '@/components/auth/resend-verification-button';
import { demoMailboxEnabled } from '@/components/demo-mailbox';
import { Logo } from '@/components/logo';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { SignOutButton } from '@/components/sign-out-button';
import type { PageUser } from '@/lib/auth/guards';

export function AppHeader({ user, area }: { user: PageUser; area?: string }) {
  return (
    <header className="border-b border-zinc-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        <div className="flex min-w-0 items-center gap-3">
          <Logo href="/home" />
          {area && <span className="truncate border-l border-zinc-200 pl-3 text-sm font-medium text-zinc-600">{area}</span>}
        </div>
        <div className="flex min-w-0 items-center gap-4">
          <NotificationBell userId={user.id} />
          <span className="truncate text-sm text-zinc-600">{user.email}</span>
          <SignOutButton />
        </div>
      </div>
      {!user.emailVerified && <VerifyEmailBanner email={user.email} />}
    </header>
  );
}

function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <div className="border-t border-amber-200 bg-amber-50">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-amber-900 sm:px-6 lg:px-8">
        <span className="font-semibold">Confirm your email address.</span> We sent a link to {email}. Check your inbox
        {demoMailboxEnabled() && (
          <>
            {' '}
            or the{' '}
            <Link href="/mailbox" className="font-medium underline underline-offset-2">
              demo mailbox
            </Link>
          </>
        )}
        . <ResendVerificationButton />
      </p>
    </div>
  );
}
