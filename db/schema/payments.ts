import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { checkCurrency, checkIn, checkNonNegative, createdAt, currency, id, money, timestamps, timestamptz } from './columns';
import { campaigns } from './campaigns';
import { contracts } from './contracts';
import { organizations } from './organizations';
import { users } from './users';

export const paymentStatuses = ['pending', 'authorized', 'captured', 'released', 'failed', 'refunded', 'disputed'] as const;
export const escrowStatuses = ['held', 'released', 'refunded'] as const;
export const paymentMethods = ['card', 'bank_transfer', 'wallet'] as const;
export const paymentGateways = ['stripe', 'demo'] as const;
export const ledgerEntryKinds = ['capture', 'release', 'refund'] as const;
export const moneyMovementKinds = ['release', 'refund'] as const;
export const moneyMovementStatuses = ['pending', 'succeeded', 'failed', 'canceled'] as const;
export const moneyMovementCauses = ['contract_completed', 'contract_terminated', 'dispute_decision'] as const;

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
    gateway: varchar('gateway', { length: 20, enum: paymentGateways }).notNull().default('stripe'),
    // Index of the contract's payment milestone this payment funds (0-based); one payment per milestone.
    milestoneIndex: integer('milestone_index'),
    stripeChargeId: varchar('stripe_charge_id', { length: 255 }),
    stripeTransferId: varchar('stripe_transfer_id', { length: 255 }),
    // Parts of amount already moved out of escrow; held = amount - released - refunded once captured.
    releasedAmount: money('released_amount').notNull().default('0'),
    refundedAmount: money('refunded_amount').notNull().default('0'),
    // The platform's fee taken from the released part, fixed when the release is made.
    platformFee: money('platform_fee').notNull().default('0'),
    // Held money promised to pending money movements (intents not yet confirmed by the gateway).
    reservedAmount: money('reserved_amount').notNull().default('0'),
    // Set when a release is due but cannot go out yet (e.g. the creator's payouts are not enabled).
    releaseBlockedReason: text('release_blocked_reason'),
    releaseRequestedAt: timestamptz('release_requested_at'),
    // The status to return to when a card dispute closes in our favour.
    statusBeforeDispute: varchar('status_before_dispute', { length: 50, enum: paymentStatuses }),
    // Time of the newest Stripe object state applied, so a stale event cannot move the payment backwards.
    stripeStateAt: timestamptz('stripe_state_at'),
    ...timestamps(),
    authorizedAt: timestamptz('authorized_at'),
    capturedAt: timestamptz('captured_at'),
    refundedAt: timestamptz('refunded_at'),
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
    checkIn(t.gateway, paymentGateways),
    checkIn(t.statusBeforeDispute, paymentStatuses),
    checkNonNegative(t.releasedAmount),
    checkNonNegative(t.refundedAmount),
    checkNonNegative(t.platformFee),
    checkNonNegative(t.reservedAmount),
    check('payments_escrow_balance_check', sql`${t.releasedAmount} + ${t.refundedAmount} + ${t.reservedAmount} <= ${t.amount}`),
    check('payments_platform_fee_within_release_check', sql`${t.platformFee} <= ${t.releasedAmount}`),
    check('payments_milestone_index_check', sql`${t.milestoneIndex} >= 0`),
    uniqueIndex('idx_payments_contract_milestone')
      .on(t.contractId, t.milestoneIndex)
      .where(sql`${t.status} NOT IN ('failed')`),
    uniqueIndex('idx_payments_stripe_charge_id').on(t.stripeChargeId),
    uniqueIndex('idx_payments_stripe_transfer_id').on(t.stripeTransferId),
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

/**
 * Append-only money movements of escrow: what was captured into it, released to the creator and refunded to the
 * brand. Balances per contract and organization are sums over it (view escrow_balances).
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    contractId: uuid('contract_id').references(() => contracts.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: varchar('kind', { length: 20, enum: ledgerEntryKinds }).notNull(),
    amount: money('amount').notNull(),
    // The platform fee kept from a release (the creator receives amount - fee).
    fee: money('fee').notNull().default('0'),
    currency: currency(),
    // The Stripe object (charge, transfer, refund) or demo reference behind the movement; one entry per object.
    reference: varchar('reference', { length: 255 }).notNull(),
    // The intent this entry completes, when the movement was ours (money_movements); one entry per intent.
    movementId: uuid('movement_id')
      .unique()
      .references(() => moneyMovements.id),
    createdAt: createdAt(),
  },
  (t) => [
    checkIn(t.kind, ledgerEntryKinds),
    checkCurrency(t.currency),
    check('ledger_entries_amount_check', sql`${t.amount} > 0`),
    checkNonNegative(t.fee),
    check('ledger_entries_fee_within_amount_check', sql`${t.fee} <= ${t.amount}`),
    unique('ledger_entries_kind_reference_unique').on(t.kind, t.reference),
    index('idx_ledger_entries_payment_id').on(t.paymentId),
    index('idx_ledger_entries_contract_id').on(t.contractId),
    index('idx_ledger_entries_organization_id').on(t.organizationId),
  ],
);

/**
 * Money movement intents: a release or refund is first a row here, committed (with the payment's reserved amount)
 * before the gateway is called with an idempotency key derived from the row's id. The gateway's answer, a webhook or
 * a later lookup completes it exactly once (a ledger entry with movement_id); a definitive refusal fails it.
 */
export const moneyMovements = pgTable(
  'money_movements',
  {
    id: id(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    contractId: uuid('contract_id').references(() => contracts.id),
    kind: varchar('kind', { length: 20, enum: moneyMovementKinds }).notNull(),
    cause: varchar('cause', { length: 40, enum: moneyMovementCauses }).notNull(),
    // The dispute decision (its resolved_at) a 'dispute_decision' movement carries out.
    decidedAt: timestamptz('decided_at'),
    amount: money('amount').notNull(),
    // The platform's part of a release, fixed when the intent is made (the creator receives amount - fee).
    fee: money('fee').notNull().default('0'),
    currency: currency(),
    status: varchar('status', { length: 20, enum: moneyMovementStatuses }).notNull().default('pending'),
    // Fixed at the first gateway call, so a retry with the same idempotency key sends the same parameters.
    destination: varchar('destination', { length: 255 }),
    sentAt: timestamptz('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    // Why a pending movement is not sent yet (payouts not set up, card dispute), or why it failed.
    blockedReason: text('blocked_reason'),
    lastError: text('last_error'),
    gatewayReference: varchar('gateway_reference', { length: 255 }),
    completedAt: timestamptz('completed_at'),
    ...timestamps(),
  },
  (t) => [
    checkIn(t.kind, moneyMovementKinds),
    checkIn(t.status, moneyMovementStatuses),
    checkIn(t.cause, moneyMovementCauses),
    check('money_movements_decision_check', sql`(${t.cause} = 'dispute_decision') = (${t.decidedAt} IS NOT NULL)`),
    checkCurrency(t.currency),
    check('money_movements_amount_check', sql`${t.amount} > 0`),
    checkNonNegative(t.fee),
    check('money_movements_fee_within_amount_check', sql`${t.fee} <= ${t.amount} AND (${t.kind} = 'release' OR ${t.fee} = 0)`),
    check(
      'money_movements_completed_check',
      sql`(${t.status} = 'succeeded') = (${t.gatewayReference} IS NOT NULL AND ${t.completedAt} IS NOT NULL)`,
    ),
    uniqueIndex('idx_money_movements_gateway_reference').on(t.kind, t.gatewayReference),
    index('idx_money_movements_pending')
      .on(t.contractId)
      .where(sql`${t.status} = 'pending'`),
    index('idx_money_movements_payment_id').on(t.paymentId),
  ],
);

/** A creator's Stripe Connect Express account for payouts. */
export const payoutAccounts = pgTable(
  'payout_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    gateway: varchar('gateway', { length: 20, enum: paymentGateways }).notNull(),
    stripeAccountId: varchar('stripe_account_id', { length: 255 }).notNull().unique(),
    detailsSubmitted: boolean('details_submitted').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    // Time of the newest account.updated applied, so a late older event cannot switch payouts back off.
    stripeStateAt: timestamptz('stripe_state_at'),
    ...timestamps(),
  },
  (t) => [checkIn(t.gateway, paymentGateways)],
);

export const reconciliationIssueKinds = [
  'decision_shortfall',
  'movement_failed',
  'missing_at_gateway',
  'missing_locally',
  'amount_mismatch',
  'status_mismatch',
  'transfer_mismatch',
] as const;

/** Differences the reconciliation job found between our payments and the gateway, for the back office. */
export const reconciliationIssues = pgTable(
  'reconciliation_issues',
  {
    id: id(),
    paymentId: uuid('payment_id').references(() => payments.id),
    contractId: uuid('contract_id').references(() => contracts.id),
    kind: varchar('kind', { length: 50, enum: reconciliationIssueKinds }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    detectedAt: timestamptz('detected_at').notNull().defaultNow(),
    resolvedAt: timestamptz('resolved_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    note: text('note'),
  },
  (t) => [
    checkIn(t.kind, reconciliationIssueKinds),
    index('idx_reconciliation_issues_open')
      .on(t.detectedAt)
      .where(sql`${t.resolvedAt} IS NULL`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentStatus = (typeof paymentStatuses)[number];
export type EscrowStatus = (typeof escrowStatuses)[number];
export type PaymentMethod = (typeof paymentMethods)[number];
export type StripeEvent = typeof stripeEvents.$inferSelect;
export type NewStripeEvent = typeof stripeEvents.$inferInsert;
export type PaymentGateway = (typeof paymentGateways)[number];
export type LedgerEntry = typeof ledgerEntries.$inferSelect;
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];
export type PayoutAccount = typeof payoutAccounts.$inferSelect;
export type ReconciliationIssue = typeof reconciliationIssues.$inferSelect;
export type MoneyMovement = typeof moneyMovements.$inferSelect;
export type MoneyMovementKind = (typeof moneyMovementKinds)[number];
export type MoneyMovementCause = (typeof moneyMovementCauses)[number];
