'use server';

import { revalidatePath } from 'next/cache';
import { userAction } from '@/lib/actions';
import type { Action } from '@/lib/actions/clients';
import { defineNotificationActions } from '@/lib/notifications/action-definitions';

const notifications = defineNotificationActions({ userAction });

// The unread count sits in the header of every signed-in page.
const revalidating =
  <T>(action: Action<T>): Action<T> =>
  async (previous, input) => {
    const result = await action(previous, input);
    if (result.ok) revalidatePath('/', 'layout');
    return result;
  };

export const markNotificationReadAction = revalidating(notifications.markRead);
export const markAllNotificationsReadAction = revalidating(notifications.markAllRead);
