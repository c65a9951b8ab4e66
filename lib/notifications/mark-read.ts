import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';

/** Marks one of the caller's own notifications read; someone else's is "not found", and reading twice is harmless. */
export async function markNotificationRead(ctx: ActorCtx, notificationId: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const mine = and(eq(notifications.id, notificationId), eq(notifications.userId, ctx.actor.userId));
    const [updated] = await tx.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine, isNull(notifications.readAt)))
      .returning({ id: notifications.id, readAt: notifications.readAt });
    if (updated) {
      await recordAudit(tx, {
        action: 'mark_notification_read',
        resourceType: 'notification',
        resourceId: updated.id,
        metadata: { before: { read_at: null }, after: { read_at: updated.readAt?.toISOString() } },
      });
      return;
    }
    const [existing] = await tx.db.select({ id: notifications.id }).from(notifications).where(mine);
    if (!existing) throw new NotFoundError('That notification was not found.');
  });
}

/** Marks every unread notification of the caller read and returns how many there were. */
export async function markAllNotificationsRead(ctx: ActorCtx): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const updated = await tx.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (updated.length > 0) {
      await recordAudit(tx, {
        action: 'mark_all_notifications_read',
        resourceType: 'user',
        resourceId: ctx.actor.userId,
        metadata: { count: updated.length },
      });
    }
    return updated.length;
  });
}
