import Link from 'next/link';
import { db } from '@/db/client';
import { countUnreadNotifications, unreadCountCap } from '@/lib/notifications/queries';

/** The header link to /notifications with the caller's unread count (one capped COUNT per page view). */
export async function NotificationBell({ userId }: { userId: string }) {
  const unread = await countUnreadNotifications(db(), userId);
  const shown = unread > unreadCountCap ? `${unreadCountCap}+` : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${shown} unread` : 'Notifications'}
      className="relative inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900"
    >
      <BellIcon />
      <span className="sr-only sm:not-sr-only">Notifications</span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="inline-flex min-w-5 items-center justify-center rounded-full bg-accent-600 px-1.5 text-xs font-semibold text-white"
        >
          {shown}
        </span>
      )}
    </Link>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path d="M10 2a6 6 0 0 0-6 6v3.59l-.95 1.9A1 1 0 0 0 3.94 15H16.06a1 1 0 0 0 .9-1.45L16 11.59V8a6 6 0 0 0-6-6Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z" />
    </svg>
  );
}
