import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { notifications, organizationMembers, users } from '@/db/schema';
import { appUrl } from '@/lib/config/env';
import { queueEmail } from '@/lib/mail/outbox';

export const notificationTypes = [
  'offer_received',
  'offer_countered',
  'offer_accepted',
  'offer_rejected',
  'offer_expiring',
  'offer_expired',
  'contract_ready',
  'contract_signed',
  'contract_termination_requested',
  'contract_terminated',
  'contract_completed',
  'submission_received',
  'submission_reviewed',
  'dispute_opened',
  'dispute_answered',
  'dispute_resolved',
  'payment_failed',
  'payouts_needed',
  'money_movement_failed',
] as const;

export type NotificationType = (typeof notificationTypes)[number];

export interface NotificationMessage {
  type: NotificationType;
  title: string;
  body: string;
  /** A path inside the app, e.g. /creator/offers/<id>; the e-mail carries it as an absolute link. */
  link: string;
}

/**
 * Writes an in-app notification and queues an e-mail for each recipient, inside the caller's transaction, so both
 * exist only if the change they announce commits. Suspended and deleted users get neither.
 */
export async function notify(db: Executor, userIds: readonly string[], message: NotificationMessage): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const recipients = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.status, 'active')));
  if (recipients.length === 0) return;
  await db.insert(notifications).values(recipients.map((recipient) => ({ userId: recipient.id, ...message })));
  const link = new URL(message.link, appUrl()).toString();
  for (const recipient of recipients) {
    await queueEmail(db, {
      to: recipient.email,
      subject: message.title,
      text: `${message.body}\n\n${link}\n\nPactly`,
      template: message.type,
    });
  }
}

/** The members of an organization who hold one of the given roles (everyone when roles is omitted). */
export async function organizationRecipients(
  db: Executor,
  organizationId: string,
  roles?: readonly ('brand_admin' | 'brand_member')[],
): Promise<string[]> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationId),
        roles ? inArray(organizationMembers.role, [...roles]) : undefined,
      ),
    );
  return rows.map((row) => row.userId);
}

/** Pactly staff who decide about money: every admin (support staff cannot resolve payment issues). */
export async function adminRecipients(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
  return rows.map((row) => row.id);
}
