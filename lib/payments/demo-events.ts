import { ValidationError } from '@/lib/errors';
import { toGatewayAmount } from './money';

/**
 * Stripe-shaped events for the demo gateway: the demo applies them through the same applyStripeEvent and handlers as
 * real webhooks, so both gateways drive one state machine. Objects carry the fields our handlers read, named and
 * typed as in Stripe's API (amounts in the gateway unit, currency lower-case, metadata.payment_id).
 */
export type DemoEventType =
  | 'checkout.session.completed'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'charge.refunded'
  | 'account.updated';

export interface DemoEvent<T extends string = DemoEventType, O = Record<string, unknown>> {
  id: string;
  object: 'event';
  type: T;
  /** Unix seconds, as Stripe sends it. */
  created: number;
  livemode: false;
  api_version: null;
  pending_webhooks: 0;
  request: { id: null; idempotency_key: null };
  data: { object: O };
}

/** Demo object ids derive from our ids, so a repeated demo call names the same object (like an idempotency key). */
export const demoIds = {
  checkoutSession: (paymentId: string) => `cs_demo_${paymentId}`,
  paymentIntent: (paymentId: string) => `pi_demo_${paymentId}`,
  charge: (paymentId: string) => `ch_demo_${paymentId}`,
  /** Transfers and refunds are named by the money movement (or, in seeds and tests, any key) behind them. */
  transfer: (movementId: string) => `tr_demo_${movementId}`,
  refund: (movementId: string) => `re_demo_${movementId}`,
  account: (userId: string) => `acct_demo_${userId}`,
};

const unixSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

export function demoEvent<T extends string, O>(type: T, object: O, at: Date = new Date()): DemoEvent<T, O> {
  return {
    id: `evt_demo_${crypto.randomUUID()}`,
    object: 'event',
    type,
    created: unixSeconds(at),
    livemode: false,
    api_version: null,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}

/** The payment a demo event is about, as our payments row has it. */
export interface DemoPayment {
  paymentId: string;
  amount: string;
  currency: string;
  /** The contract id, used as Stripe's transfer_group. */
  contractId: string | null;
}

export type DemoPaymentIntentStatus = 'requires_payment_method' | 'requires_capture' | 'succeeded';

export interface DemoDecline {
  declineCode: string;
  message: string;
}

export function demoPaymentIntent(payment: DemoPayment, status: DemoPaymentIntentStatus, decline?: DemoDecline, at = new Date()) {
  const amount = toGatewayAmount(payment.amount, payment.currency);
  const charged = status !== 'requires_payment_method';
  return {
    id: demoIds.paymentIntent(payment.paymentId),
    object: 'payment_intent' as const,
    amount,
    amount_capturable: status === 'requires_capture' ? amount : 0,
    amount_received: status === 'succeeded' ? amount : 0,
    capture_method: 'manual' as const,
    created: unixSeconds(at),
    currency: payment.currency.toLowerCase(),
    latest_charge: charged ? demoIds.charge(payment.paymentId) : null,
    last_payment_error: decline
      ? { type: 'card_error', code: 'card_declined', decline_code: decline.declineCode, message: decline.message }
      : null,
    livemode: false,
    metadata: { payment_id: payment.paymentId },
    status,
    transfer_group: payment.contractId,
  };
}

export function demoCheckoutSession(payment: DemoPayment, at = new Date()) {
  const amount = toGatewayAmount(payment.amount, payment.currency);
  return {
    id: demoIds.checkoutSession(payment.paymentId),
    object: 'checkout.session' as const,
    amount_total: amount,
    client_reference_id: payment.paymentId,
    created: unixSeconds(at),
    currency: payment.currency.toLowerCase(),
    livemode: false,
    metadata: { payment_id: payment.paymentId },
    mode: 'payment' as const,
    payment_intent: demoIds.paymentIntent(payment.paymentId),
    payment_status: 'unpaid' as const,
    status: 'complete' as const,
  };
}

export interface DemoRefund {
  id: string;
  amount: string;
  at?: Date;
}

export function demoCharge(payment: DemoPayment, refunds: DemoRefund[] = [], at = new Date()) {
  const amount = toGatewayAmount(payment.amount, payment.currency);
  const refundObjects = refunds.map((refund) => ({
    id: refund.id,
    object: 'refund' as const,
    amount: toGatewayAmount(refund.amount, payment.currency),
    charge: demoIds.charge(payment.paymentId),
    created: unixSeconds(refund.at ?? at),
    currency: payment.currency.toLowerCase(),
    metadata: { payment_id: payment.paymentId },
    payment_intent: demoIds.paymentIntent(payment.paymentId),
    reason: 'requested_by_customer' as const,
    status: 'succeeded' as const,
  }));
  const refunded = refundObjects.reduce((sum, refund) => sum + refund.amount, 0);
  return {
    id: demoIds.charge(payment.paymentId),
    object: 'charge' as const,
    amount,
    amount_captured: amount,
    amount_refunded: refunded,
    captured: true,
    created: unixSeconds(at),
    currency: payment.currency.toLowerCase(),
    disputed: false,
    livemode: false,
    // A charge made by a PaymentIntent carries the intent's metadata as it was when the charge was made.
    metadata: { payment_id: payment.paymentId },
    paid: true,
    payment_intent: demoIds.paymentIntent(payment.paymentId),
    refunded: refunded === amount,
    refunds: { object: 'list' as const, data: refundObjects, has_more: false, total_count: refundObjects.length },
    status: 'succeeded' as const,
    transfer_group: payment.contractId,
  };
}

export interface DemoAccountState {
  accountId: string;
  userId: string;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
}

export function demoAccount(state: DemoAccountState, at = new Date()) {
  return {
    id: state.accountId,
    object: 'account' as const,
    capabilities: { transfers: state.payoutsEnabled ? ('active' as const) : ('inactive' as const) },
    charges_enabled: false,
    created: unixSeconds(at),
    details_submitted: state.detailsSubmitted,
    metadata: { user_id: state.userId },
    payouts_enabled: state.payoutsEnabled,
    requirements: { currently_due: state.detailsSubmitted ? [] : ['external_account', 'tos_acceptance.date'] },
    type: 'express' as const,
  };
}

export const demoCheckoutCompleted = (payment: DemoPayment, at = new Date()) =>
  demoEvent('checkout.session.completed', demoCheckoutSession(payment, at), at);

export const demoPaymentAuthorized = (payment: DemoPayment, at = new Date()) =>
  demoEvent('payment_intent.amount_capturable_updated', demoPaymentIntent(payment, 'requires_capture', undefined, at), at);

export const demoPaymentSucceeded = (payment: DemoPayment, at = new Date()) =>
  demoEvent('payment_intent.succeeded', demoPaymentIntent(payment, 'succeeded', undefined, at), at);

export const demoPaymentFailed = (payment: DemoPayment, decline: DemoDecline, at = new Date()) =>
  demoEvent('payment_intent.payment_failed', demoPaymentIntent(payment, 'requires_payment_method', decline, at), at);

/** charge.refunded carries the charge with every refund made so far, as Stripe's charge object does. */
export const demoChargeRefunded = (payment: DemoPayment, refunds: DemoRefund[], at = new Date()) =>
  demoEvent('charge.refunded', demoCharge(payment, refunds, at), at);

export const demoAccountUpdated = (state: DemoAccountState, at = new Date()) =>
  demoEvent('account.updated', demoAccount(state, at), at);

const testCards: Record<string, 'succeeded' | DemoDecline> = {
  '4242424242424242': 'succeeded',
  '4000000000000002': { declineCode: 'card_declined', message: 'Your card was declined.' },
  '4000000000009995': { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

export const testCardMessage =
  "Use one of Stripe's test card numbers: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds.";

/** What Stripe's test card would do; spaces and dashes are ignored, any other number is refused. */
export function demoCardResult(cardNumber: string): 'succeeded' | DemoDecline {
  const result = testCards[cardNumber.replace(/[\s-]/g, '')];
  if (!result) throw new ValidationError(testCardMessage, { cardNumber: [testCardMessage] });
  return result;
}
