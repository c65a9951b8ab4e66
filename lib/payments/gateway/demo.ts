import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { db as defaultDb, type Executor } from '@/db/client';
import { ledgerEntries, payments, payoutAccounts, type Payment } from '@/db/schema';
import { demoIds } from '../demo-events';
import { toGatewayAmount } from '../money';
import { isCaptured } from '../state';
import type { PaymentGateway } from './types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const demoIntentStatuses: Partial<Record<Payment['status'], string>> = {
  pending: 'requires_payment_method',
  authorized: 'requires_capture',
  failed: 'canceled',
};

export const demoCheckoutPath = (paymentId: string) => `/pay/demo/${paymentId}`;
export const demoOnboardingPath = '/creator/payouts/demo-onboarding';

/**
 * The gateway without Stripe keys: no network and no money moves. Ids derive from ours; whatever state the demo
 * needs (accounts, charges, transfers) is read from our own payments, ledger and payout account rows.
 */
export function createDemoGateway(executor?: Executor): PaymentGateway {
  const database = () => executor ?? defaultDb();
  return {
    kind: 'demo',

    async createCheckout(i) {
      return { sessionId: demoIds.checkoutSession(i.paymentId), url: demoCheckoutPath(i.paymentId) };
    },

    async capturePaymentIntent() {},

    // The demo's PaymentIntent is our payment row: failed reads as canceled, any captured status as succeeded.
    async retrievePaymentIntent(paymentIntentId) {
      const [payment] = await database().select().from(payments).where(eq(payments.stripePaymentIntentId, paymentIntentId));
      if (!payment) throw new Error(`The demo has no PaymentIntent ${paymentIntentId}.`);
      const captured = isCaptured(payment.status);
      const cancellationReason = payment.metadata?.cancellation_reason;
      return {
        id: paymentIntentId,
        status: captured ? 'succeeded' : (demoIntentStatuses[payment.status] ?? 'requires_payment_method'),
        amountReceivedMinor: captured ? toGatewayAmount(payment.amount, payment.currency) : 0,
        latestCharge: payment.stripeChargeId,
        cancellationReason: payment.status === 'failed' && typeof cancellationReason === 'string' ? cancellationReason : null,
      };
    },

    async cancelPaymentIntent() {},

    async expireCheckoutSession() {},

    async createTransfer(i) {
      return { id: demoIds.transfer(i.movementId) };
    },

    async createRefund(i) {
      return { id: demoIds.refund(i.movementId), status: 'succeeded' };
    },

    // Demo calls cannot be lost in flight: a movement is made again under the same derived id.
    async findMovement() {
      return null;
    },

    async createConnectedAccount(i) {
      return { id: demoIds.account(i.userId) };
    },

    async createAccountLink() {
      return { url: demoOnboardingPath };
    },

    async retrieveAccount(accountId) {
      const [account] = await database()
        .select({ payoutsEnabled: payoutAccounts.payoutsEnabled, detailsSubmitted: payoutAccounts.detailsSubmitted })
        .from(payoutAccounts)
        .where(eq(payoutAccounts.stripeAccountId, accountId));
      return {
        id: accountId,
        payoutsEnabled: account?.payoutsEnabled ?? false,
        detailsSubmitted: account?.detailsSubmitted ?? false,
      };
    },

    async listByTransferGroup(transferGroup) {
      if (!uuidPattern.test(transferGroup)) return { charges: [], transfers: [] };
      const inGroup = and(eq(payments.contractId, transferGroup), eq(payments.gateway, 'demo'));
      const sumOf = (kind: 'capture' | 'refund') =>
        sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = ${kind}), 0)::text`;
      const [chargeRows, transferRows] = await Promise.all([
        database()
          .select({
            paymentId: payments.id,
            chargeId: payments.stripeChargeId,
            paymentIntentId: payments.stripePaymentIntentId,
            amount: payments.amount,
            currency: payments.currency,
            status: payments.status,
            captured: sumOf('capture'),
            refunded: sumOf('refund'),
          })
          .from(payments)
          .leftJoin(ledgerEntries, eq(ledgerEntries.paymentId, payments.id))
          .where(and(inGroup, or(isNotNull(payments.stripeChargeId), eq(payments.status, 'authorized'))))
          .groupBy(payments.id)
          .orderBy(payments.createdAt),
        database()
          .select({
            id: ledgerEntries.reference,
            transferred: sql<string>`(${ledgerEntries.amount} - ${ledgerEntries.fee})::text`,
            currency: ledgerEntries.currency,
            destination: payoutAccounts.stripeAccountId,
          })
          .from(ledgerEntries)
          .innerJoin(payments, eq(payments.id, ledgerEntries.paymentId))
          .leftJoin(payoutAccounts, eq(payoutAccounts.userId, payments.payeeId))
          .where(and(inGroup, eq(ledgerEntries.kind, 'release')))
          .orderBy(ledgerEntries.createdAt),
      ]);
      return {
        charges: chargeRows.map((row) => ({
          id: row.chargeId ?? demoIds.charge(row.paymentId),
          paymentIntentId: row.paymentIntentId,
          amountMinor: toGatewayAmount(row.amount, row.currency),
          currency: row.currency,
          capturedMinor: toGatewayAmount(row.captured, row.currency),
          refundedMinor: toGatewayAmount(row.refunded, row.currency),
          disputed: row.status === 'disputed',
        })),
        transfers: transferRows.map((row) => ({
          id: row.id,
          amountMinor: toGatewayAmount(row.transferred, row.currency),
          currency: row.currency,
          destination: row.destination ?? '',
          reversedMinor: 0,
        })),
      };
    },
  };
}
