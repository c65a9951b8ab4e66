import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';
import type { ActorCtx } from '@/lib/context';
import { notificationsPageSize } from './schemas';

/** The bell shows at most this many; beyond it says "99+". */
export const unreadCountCap = 99;

/**
 * Unread notifications of one user, counted on idx_notifications_user_read (user_id, read_at) and stopped after
 * cap + 1 rows, so the header stays cheap however many piled up.
 */
export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const unread = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .limit(unreadCountCap + 1)
    .as('unread');
  const [row] = await db.select({ value: count() }).from(unread);
  return row?.value ?? 0;
}

export interface NotificationPage {
  rows: {
    id: string;
    type: string;
    title: string;
    body: string | null;
    link: string | null;
    readAt: Date | null;
    createdAt: Date;
  }[];
  page: number;
  pageCount: number;
  total: number;
  unread: number;
}

/** The caller's own notifications, newest first, with the totals in the same round trip; past the end shows the last page. */
export async function listNotifications(ctx: ActorCtx, requestedPage: number): Promise<NotificationPage> {
  const page = Math.max(1, requestedPage);
  const rows = await ctx.db
    .select({
      id: notifications.id,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      total: sql<number>`(count(*) over ())::int`,
      unread: sql<number>`(count(*) filter (where ${notifications.readAt} is null) over ())::int`,
    })
    .from(notifications)
    .where(eq(notifications.userId, ctx.actor.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(notificationsPageSize)
    .offset((page - 1) * notificationsPageSize);
  const first = rows[0];
  if (!first) {
    if (page === 1) return { rows: [], page: 1, pageCount: 1, total: 0, unread: 0 };
    const [mine] = await ctx.db.select({ total: count() }).from(notifications).where(eq(notifications.userId, ctx.actor.userId));
    const lastPage = Math.max(1, Math.ceil((mine?.total ?? 0) / notificationsPageSize));
    return listNotifications(ctx, page > lastPage ? lastPage : 1);
  }
  return {
    rows: rows.map(({ total: _total, unread: _unread, ...row }) => row),
    page,
    pageCount: Math.max(1, Math.ceil(first.total / notificationsPageSize)),
    total: first.total,
    unread: first.unread,
  };
}
