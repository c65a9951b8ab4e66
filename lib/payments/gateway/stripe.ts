import Stripe from 'stripe';
import type { StripeApiEndpoint } from '../config';
import { idempotencyKeys, type PaymentGateway } from './types';

export interface StripeGatewayOptions {
  secretKey: string;
  /** Another API endpoint than api.stripe.com (a loopback double in tests). */
  api?: StripeApiEndpoint;
}

/** The reasons Stripe accepts on a refund; ours (e.g. "contract terminated") travel in metadata instead. */
const stripeRefundReasons = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

export function createStripeClient({ secretKey, api }: StripeGatewayOptions): Stripe {
  return new Stripe(secretKey, {
    // Every money-moving call carries an idempotency key derived from our ids, so retries are safe.
    maxNetworkRetries: 2,
    telemetry: false,
    ...(api ? { host: api.host, port: api.port, protocol: api.protocol } : {}),
  });
}

/** Stripe Connect with separate charges and transfers: escrow is captured money held on the platform balance. */
export function createStripeGateway(options: StripeGatewayOptions): PaymentGateway {
  const stripe = createStripeClient(options);
  return {
    kind: 'stripe',

    async createCheckout(i) {
      const metadata = { payment_id: i.paymentId };
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: i.paymentId,
          customer_email: i.customerEmail,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: i.currency.toLowerCase(),
                unit_amount: i.amountMinor,
                product_data: { name: i.description },
              },
            },
          ],
          payment_intent_data: {
            capture_method: 'manual',
            transfer_group: i.transferGroup,
            description: i.description,
            metadata,
          },
          metadata,
          success_url: i.successUrl,
          cancel_url: i.cancelUrl,
        },
        { idempotencyKey: idempotencyKeys.checkout(i.paymentId) },
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL.`);
      return { sessionId: session.id, url: session.url };
    },

    async capturePaymentIntent(i) {
      await stripe.paymentIntents.capture(i.paymentIntentId, {}, { idempotencyKey: idempotencyKeys.capture(i.paymentId) });
    },

    async retrievePaymentIntent(paymentIntentId) {
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
      return {
        id: intent.id,
        status: intent.status,
        amountReceivedMinor: intent.amount_received,
        latestCharge: idOf(intent.latest_charge),
        cancellationReason: intent.cancellation_reason ?? null,
      };
    },

    async cancelPaymentIntent(i) {
      await stripe.paymentIntents.cancel(
        i.paymentIntentId,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: idempotencyKeys.cancel(i.paymentId) },
      );
    },

    async expireCheckoutSession(i) {
      await stripe.checkout.sessions.expire(i.sessionId);
    },

    async createTransfer(i) {
      const transfer = await stripe.transfers.create(
        {
          amount: i.amountMinor,
          currency: i.currency.toLowerCase(),
          destination: i.destination,
          source_transaction: i.sourceTransaction,
          transfer_group: i.transferGroup,
          metadata: { payment_id: i.paymentId, movement_id: i.movementId },
        },
        { idempotencyKey: idempotencyKeys.movement(i.movementId) },
      );
      return { id: transfer.id };
    },

    async createRefund(i) {
      const stripeReason = stripeRefundReasons.has(i.reason) ? i.reason : 'requested_by_customer';
      const refund = await stripe.refunds.create(
        {
          payment_intent: i.paymentIntentId,
          amount: i.amountMinor,
          reason: stripeReason as Stripe.RefundCreateParams.Reason,
          metadata: { payment_id: i.paymentId, movement_id: i.movementId, reason: i.reason },
        },
        { idempotencyKey: idempotencyKeys.movement(i.movementId) },
      );
      return { id: refund.id, status: refund.status ?? 'pending' };
    },

    async findMovement(i) {
      const ours = (object: { metadata?: Stripe.Metadata | null }) => object.metadata?.movement_id === i.movementId;
      if (i.kind === 'release') {
        const transfers = await stripe.transfers
          .list({ transfer_group: i.transferGroup, limit: 100 })
          .autoPagingToArray({ limit: 1000 });
        const found = transfers.find(ours);
        return found ? { id: found.id, status: 'succeeded' } : null;
      }
      if (!i.paymentIntentId) return null;
      const refunds = await stripe.refunds
        .list({ payment_intent: i.paymentIntentId, limit: 100 })
        .autoPagingToArray({ limit: 1000 });
      const found = refunds.find(ours);
      return found ? { id: found.id, status: found.status ?? 'pending' } : null;
    },

    async createConnectedAccount(i) {
      const account = await stripe.accounts.create(
        {
          type: 'express',
          email: i.email,
          ...(i.country ? { country: i.country } : {}),
          capabilities: { transfers: { requested: true } },
          metadata: { user_id: i.userId },
        },
        { idempotencyKey: idempotencyKeys.account(i.userId) },
      );
      return { id: account.id };
    },

    async createAccountLink(i) {
      const link = await stripe.accountLinks.create({
        account: i.accountId,
        refresh_url: i.refreshUrl,
        return_url: i.returnUrl,
        type: 'account_onboarding',
      });
      return { url: link.url };
    },

    async retrieveAccount(accountId) {
      const account = await stripe.accounts.retrieve(accountId);
      return {
        id: account.id,
        payoutsEnabled: account.payouts_enabled ?? false,
        detailsSubmitted: account.details_submitted ?? false,
      };
    },

    async listByTransferGroup(transferGroup) {
      const [charges, transfers] = await Promise.all([
        stripe.charges
          .list({ transfer_group: transferGroup, limit: 100, expand: ['data.refunds'] })
          .autoPagingToArray({ limit: 1000 }),
        stripe.transfers.list({ transfer_group: transferGroup, limit: 100 }).autoPagingToArray({ limit: 1000 }),
      ]);
      return {
        charges: charges.map((charge) => ({
          id: charge.id,
          paymentIntentId: idOf(charge.payment_intent),
          amountMinor: charge.amount,
          currency: charge.currency.toUpperCase(),
          capturedMinor: charge.captured ? charge.amount_captured : 0,
          refundedMinor: charge.amount_refunded,
          disputed: charge.disputed,
          refunds: charge.refunds?.data.map((refund) => ({
            id: refund.id,
            amountMinor: refund.amount,
            status: refund.status ?? 'pending',
            movementId: refund.metadata?.movement_id ?? null,
          })),
        })),
        transfers: transfers.map((transfer) => ({
          id: transfer.id,
          amountMinor: transfer.amount,
          currency: transfer.currency.toUpperCase(),
          destination: idOf(transfer.destination) ?? '',
          reversedMinor: transfer.amount_reversed,
          movementId: transfer.metadata?.movement_id ?? null,
        })),
      };
    },
  };
}
