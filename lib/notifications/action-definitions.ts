import type { createActionClients } from '@/lib/actions/clients';
import { markAllNotificationsRead, markNotificationRead } from './mark-read';
import { markAllNotificationsReadSchema, markNotificationReadSchema } from './schemas';

type ActionClients = ReturnType<typeof createActionClients>;

/** The notification server actions, defined once over the action clients so the app wires them to the real session. */
export function defineNotificationActions(clients: Pick<ActionClients, 'userAction'>) {
  return {
    markRead: clients.userAction(markNotificationReadSchema, async (input, ctx) => {
      await markNotificationRead(ctx, input.notificationId);
      return 'Marked as read.';
    }),
    markAllRead: clients.userAction(markAllNotificationsReadSchema, async (_input, ctx) => {
      const marked = await markAllNotificationsRead(ctx);
      return marked === 1 ? '1 notification marked as read.' : `${marked} notifications marked as read.`;
    }),
  };
}
