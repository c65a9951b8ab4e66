import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, createdAt, id, timestamptz } from './columns';
import { users } from './users';

export const emailStatuses = ['pending', 'sent', 'failed'] as const;

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 100 }).notNull(),
    title: varchar('title', { length: 255 }).notNull(),
    body: text('body'),
    link: text('link'),
    readAt: timestamptz('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('idx_notifications_user_read').on(t.userId, t.readAt)],
);

/** Transactional outbox: e-mails are written in the business transaction and sent by a worker. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    toAddress: varchar('to_address', { length: 255 }).notNull(),
    subject: varchar('subject', { length: 255 }).notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    template: varchar('template', { length: 100 }),
    status: varchar('status', { length: 50, enum: emailStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sendAfter: timestamptz('send_after').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    checkIn(t.status, emailStatuses),
    check('email_outbox_attempts_check', sql`${t.attempts} >= 0`),
    index('idx_email_outbox_pending')
      .on(t.sendAfter)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type EmailOutboxMessage = typeof emailOutbox.$inferSelect;
export type NewEmailOutboxMessage = typeof emailOutbox.$inferInsert;
export type EmailStatus = (typeof emailStatuses)[number];
