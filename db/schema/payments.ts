import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkCurrency, checkIn, checkNonNegative, currency, id, money, timestamps, timestamptz } from './columns';
import { campaigns } from './campaigns';
import { contracts } from './contracts';
import { organizations } from './organizations';
import { users } from './users';

export const paymentStatuses = ['pending', 'authorized', 'captured', 'released', 'failed', 'refunded', 'disputed'] as const;
export const escrowStatuses = ['held', 'released', 'refunded'] as const;
export const paymentMethods = ['card', 'bank_transfer', 'wallet'] as const;

export type PaymentMetadata = { milestone?: string; note?: string; [key: string]: unknown };

export const payments = pgTable(
  'payments',
  {
    id: id(),
    campaignId: uuid('campaign_id').notNull(),
    contractId: uuid('contract_id').references(() => contracts.id),
    payerId: uuid('payer_id')
      .notNull()
      .references(() => organizations.id),
    payeeId: uuid('payee_id')
      .notNull()
      .references(() => users.id),
    amount: money('amount').notNull(),
    currency: currency(),
    stripePaymentId: varchar('stripe_payment_id', { length: 255 }),
    stripePaymentIntentId: varchar('stripe_payment_intent_id', { length: 255 }),
    status: varchar('status', { length: 50, enum: paymentStatuses }).notNull().default('pending'),
    paymentMethod: varchar('payment_method', { length: 50, enum: paymentMethods }),
    escrowStatus: varchar('escrow_status', { length: 50, enum: escrowStatuses }).notNull().default('held'),
    escrowReleasedAt: timestamptz('escrow_released_at'),
    metadata: jsonb('metadata').$type<PaymentMetadata>(),
    ...timestamps(),
    failedAt: timestamptz('failed_at'),
  },
  (t) => [
    // Also proves the campaign exists: a payment is always in its campaign's currency.
    foreignKey({
      name: 'payments_campaign_id_currency_fk',
      columns: [t.campaignId, t.currency],
      foreignColumns: [campaigns.id, campaigns.currency],
    }),
    checkNonNegative(t.amount),
    checkCurrency(t.currency),
    checkIn(t.status, paymentStatuses),
    checkIn(t.paymentMethod, paymentMethods),
    checkIn(t.escrowStatus, escrowStatuses),
    index('idx_payments_campaign_id').on(t.campaignId),
    index('idx_payments_contract_id').on(t.contractId),
    index('idx_payments_status').on(t.status),
    index('idx_payments_payer_id').on(t.payerId),
    index('idx_payments_payee_id').on(t.payeeId),
    uniqueIndex('idx_payments_stripe_payment_id').on(t.stripePaymentId),
    uniqueIndex('idx_payments_stripe_payment_intent_id').on(t.stripePaymentIntentId),
    index('idx_payments_escrow_held')
      .on(t.status)
      .where(sql`${t.escrowStatus} = 'held'`),
  ],
);

/** Every Stripe webhook event received, keyed by Stripe's event id so a redelivery is a no-op. */
export const stripeEvents = pgTable(
  'stripe_events',
  {
    id: varchar('id', { length: 255 }).primaryKey(),
    type: varchar('type', { length: 255 }).notNull(),
    livemode: boolean('livemode').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    processedAt: timestamptz('processed_at'),
    error: text('error'),
  },
  (t) => [
    index('idx_stripe_events_unprocessed')
      .on(t.receivedAt)
      .where(sql`${t.processedAt} IS NULL`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentStatus = (typeof paymentStatuses)[number];
export type EscrowStatus = (typeof escrowStatuses)[number];
export type PaymentMethod = (typeof paymentMethods)[number];
export type StripeEvent = typeof stripeEvents.$inferSelect;
export type NewStripeEvent = typeof stripeEvents.$inferInsert;
