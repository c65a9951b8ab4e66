import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { buttonClasses } from '@/components/ui/button';
import type { Platform } from '@/db/schema';
import { platformLabels } from '@/lib/creators/schemas';
import type { OwnSocialAccount } from '@/lib/social/queries';
import { AccountActions } from './account-actions';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const statusNotes: Record<OwnSocialAccount['status'], string | null> = {
  connected: null,
  expired: 'The sign-in has expired: connect the account again to keep syncing.',
  revoked: 'Access was withdrawn: connect the account again to keep syncing.',
  error: 'The last sync failed: try Sync now, or connect the account again.',
};

interface PlatformCardProps {
  platform: Platform;
  account: OwnSocialAccount | undefined;
  configured: boolean;
}

/** One platform: connected (handle, last sync, actions), available to connect, or not configured here. */
export function PlatformCard({ platform, account, configured }: PlatformCardProps) {
  const label = platformLabels[platform];
  const headingId = `${platform}-heading`;
  const note = account ? statusNotes[account.status] : null;
  return (
    <Card className="space-y-4">
      <section aria-labelledby={headingId} className="space-y-4">
        <h2 id={headingId} className="text-lg font-semibold text-zinc-900">
          {label}
        </h2>
        {account ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-zinc-600">Account</dt>
              <dd id={`${platform}-handle`} className="font-medium text-zinc-900">
                @{account.handle}
              </dd>
              <dt className="text-zinc-600">Last synced</dt>
              <dd className="text-zinc-900">
                {account.lastSyncedAt ? `${dateFormat.format(account.lastSyncedAt)} UTC` : 'Not yet'}
              </dd>
            </dl>
            {note && <p className="text-sm text-amber-800">{note}</p>}
            {configured ? (
              <AccountActions platform={platform} />
            ) : (
              <p className="text-sm text-zinc-600">{label} is no longer configured on this installation, so it cannot sync.</p>
            )}
            {configured && account.status !== 'connected' && (
              <a href={`/api/social/${platform}/connect`} className={buttonClasses('secondary')}>
                Reconnect {label}
              </a>
            )}
          </>
        ) : configured ? (
          <>
            <p className="text-sm text-zinc-600">
              Connect your {label} account to keep your stats up to date straight from {label}.
            </p>
            {/* A plain link: the route handler redirects to the platform, which must not be prefetched. */}
            <a href={`/api/social/${platform}/connect`} className={buttonClasses('primary')}>
              Connect {label}
            </a>
          </>
        ) : (
          <p className="text-sm text-zinc-600">
            {label} is not configured on this installation.{' '}
            <Link href="/creator/stats" className="font-medium text-accent-700 underline">
              Enter your {label} stats by hand
            </Link>
            .
          </p>
        )}
      </section>
    </Card>
  );
}
