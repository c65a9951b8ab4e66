import { and, asc, eq, lte } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Executor } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/config/env';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  template: string;
}

/** Queues a message inside the caller's transaction: it exists only if the change that caused it commits. */
export async function queueEmail(db: Executor, email: OutgoingEmail): Promise<void> {
  await db
    .insert(emailOutbox)
    .values({ toAddress: email.to, subject: email.subject, textBody: email.text, template: email.template });
}

/**
 * Sends pending messages through SMTP when SMTP_URL is set. Without it the outbox is the mailbox:
 * messages stay pending and the demo mailbox page shows them.
 */
export async function deliverPendingEmails(db: Executor, limit = 50): Promise<number> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return 0;
  const transport = nodemailer.createTransport(SMTP_URL);
  const pending = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.sendAfter, new Date())))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(limit);
  let sent = 0;
  for (const message of pending) {
    try {
      await transport.sendMail({ from: MAIL_FROM, to: message.toAddress, subject: message.subject, text: message.textBody });
      await db
        .update(emailOutbox)
        .set({ status: 'sent', sentAt: new Date(), attempts: message.attempts + 1 })
        .where(eq(emailOutbox.id, message.id));
      sent += 1;
    } catch (error) {
      const failed = message.attempts + 1 >= 5;
      await db
        .update(emailOutbox)
        .set({ status: failed ? 'failed' : 'pending', attempts: message.attempts + 1, lastError: String(error) })
        .where(eq(emailOutbox.id, message.id));
    }
  }
  return sent;
}
