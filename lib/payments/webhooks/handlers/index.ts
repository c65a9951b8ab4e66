import type { EventHandler } from '../types';
import { accountUpdated } from './account-updated';
import { chargeDisputeClosed } from './charge-dispute-closed';
import { chargeDisputeCreated } from './charge-dispute-created';
import { chargeRefunded } from './charge-refunded';
import { checkoutSessionCompleted } from './checkout-session-completed';
import { checkoutSessionExpired } from './checkout-session-expired';
import { paymentIntentAmountCapturableUpdated } from './payment-intent-amount-capturable-updated';
import { paymentIntentCanceled } from './payment-intent-canceled';
import { paymentIntentPaymentFailed } from './payment-intent-payment-failed';
import { paymentIntentSucceeded } from './payment-intent-succeeded';
import { refundChanged, transferCreated } from './movement-events';
import { transferReversed } from './transfer-reversed';

/** One handler per Stripe event type we act on; any other type is recorded and acknowledged. */
export const eventHandlers: Record<string, EventHandler> = {
  'checkout.session.completed': checkoutSessionCompleted,
  'checkout.session.expired': checkoutSessionExpired,
  'payment_intent.amount_capturable_updated': paymentIntentAmountCapturableUpdated,
  'payment_intent.succeeded': paymentIntentSucceeded,
  'payment_intent.payment_failed': paymentIntentPaymentFailed,
  'payment_intent.canceled': paymentIntentCanceled,
  'charge.refunded': chargeRefunded,
  'charge.dispute.created': chargeDisputeCreated,
  'charge.dispute.closed': chargeDisputeClosed,
  'transfer.created': transferCreated,
  'refund.created': refundChanged,
  'refund.updated': refundChanged,
  'transfer.reversed': transferReversed,
  'account.updated': accountUpdated,
};
