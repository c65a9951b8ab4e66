import { failPayment } from '../../fail-payment';
import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import type { EventHandler } from '../types';

const cancellationText = (reason: string | null) =>
  reason === 'automatic'
    ? 'the card authorization expired before it was captured'
    : `the payment was cancelled at Stripe (${reason ?? 'no reason given'})`;

/**
 * The PaymentIntent was cancelled (Stripe voids an uncaptured authorization after about 7 days, or someone cancelled
 * it): no money can come from it, so a pending or authorized payment ends failed and the brand's admins are told to
 * fund the milestone again.
 */
export const paymentIntentCanceled: EventHandler = async ({ ctx, event, at }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment) return 'ignored';
  if (payment.stripePaymentIntentId && payment.stripePaymentIntentId !== intent.id) return 'ignored';
  const cancellationReason = intent.cancellation_reason ?? null;
  return failPayment(ctx, payment, {
    reason: 'payment_intent_canceled',
    at,
    action: 'payment_canceled',
    details: { cancellation_reason: cancellationReason },
    tellBrand: cancellationText(cancellationReason),
  });
};
