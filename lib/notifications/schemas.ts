import { z } from 'zod';

export const notificationsPageSize = 50;

export const markNotificationReadSchema = z.object({ notificationId: z.uuid('Choose a notification.') });
export const markAllNotificationsReadSchema = z.object({});

/** ?page= of the notifications list: anything that is not a positive whole number means the first page. */
export function parseNotificationsPage(value: string | string[] | undefined): number {
  const parsed = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
