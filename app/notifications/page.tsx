import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { Pagination } from '@/components/data-table/pagination';
import { MarkAllReadForm } from '@/components/notifications/mark-read-forms';
import { NotificationList } from '@/components/notifications/notification-list';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requirePageUser } from '@/lib/auth/guards';
import { requestMeta } from '@/lib/http/request-meta';
import { listNotifications } from '@/lib/notifications/queries';
import { parseNotificationsPage } from '@/lib/notifications/schemas';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

interface NotificationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const user = await requirePageUser('/notifications');
  const requested = parseNotificationsPage((await searchParams).page);
  const result = await listNotifications(
    { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() },
    requested,
  );
  const summary =
    result.total === 0
      ? undefined
      : result.unread === 0
        ? 'You are all caught up.'
        : `${result.unread.toLocaleString('en-GB')} unread of ${result.total.toLocaleString('en-GB')}.`;

  return (
    <AppShell user={user}>
      <PageHeader
        title="Notifications"
        description={summary && <p role="status">{summary}</p>}
        actions={result.unread > 0 && <MarkAllReadForm action={markAllNotificationsReadAction} />}
      />
      {result.total === 0 ? (
        <EmptyState title="No notifications yet">
          <p>
            We let you know here and by email when an offer arrives or changes, a contract is ready to sign, content is reviewed
            or a dispute moves on. Nothing to do until then.
          </p>
        </EmptyState>
      ) : (
        <>
          <NotificationList rows={result.rows} markRead={markNotificationReadAction} />
          {result.pageCount > 1 && (
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={(page) => (page === 1 ? '/notifications' : `/notifications?page=${page}`)}
            />
          )}
        </>
      )}
    </AppShell>
  );
}
