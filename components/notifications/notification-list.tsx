import Link from 'next/link';
import type { Action } from '@/lib/actions/clients';
import type { NotificationPage } from '@/lib/notifications/queries';
import { MarkReadForm } from './mark-read-forms';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Only paths inside Pactly become links; anything else is shown as plain text. */
const internalPath = (link: string | null): string | null =>
  link && link.startsWith('/') && !link.startsWith('//') ? link : null;

export function NotificationList({ rows, markRead }: { rows: NotificationPage['rows']; markRead: Action<string> }) {
  return (
    <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
      {rows.map((notification) => {
        const unread = notification.readAt === null;
        const titleId = `notification-${notification.id}`;
        const href = internalPath(notification.link);
        return (
          <li
            key={notification.id}
            className={`flex flex-col gap-3 px-6 py-4 sm:flex-row sm:items-start sm:justify-between ${unread ? 'border-l-4 border-l-accent-600 bg-accent-50' : ''}`}
          >
            <div className="min-w-0 space-y-1">
              <h2 id={titleId} className={`text-base text-zinc-900 ${unread ? 'font-semibold' : 'font-medium'}`}>
                {unread && (
                  <span className="mr-2 rounded bg-accent-600 px-1.5 py-0.5 align-middle text-xs font-semibold text-white">
                    Unread
                  </span>
                )}
                {href ? (
                  <Link href={href} className="underline-offset-2 hover:underline">
                    {notification.title}
                  </Link>
                ) : (
                  notification.title
                )}
              </h2>
              {notification.body && <p className="text-sm text-zinc-700">{notification.body}</p>}
              <p className="text-sm text-zinc-500">
                <time dateTime={notification.createdAt.toISOString()}>{timeFormat.format(notification.createdAt)}</time>
              </p>
            </div>
            {unread && <MarkReadForm notificationId={notification.id} titleId={titleId} action={markRead} />}
          </li>
        );
      })}
    </ul>
  );
}
