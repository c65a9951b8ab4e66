import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { changePayment, noteStripeState } from '../payment-moves';
import type { EventHandler } from '../types';

/**
 * A card was declined. That does not end the payment: the PaymentIntent returns to requires_payment_method and the
 * brand may try another card in the same Checkout, so a pending payment keeps the decline (metadata failure_code and
 * failure_message) and stays pending. It fails only when the attempt ends: checkout.session.expired or
 * payment_intent.canceled.
 */
export const paymentIntentPaymentFailed: EventHandler = async ({ ctx, event, at }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment || payment.status !== 'pending') return 'ignored';
  // A decline reported after a later attempt's state (e.g. its authorization) is history.
  if (payment.stripeStateAt && at < payment.stripeStateAt) return 'ignored';
  const error = intent.last_payment_error;
  const failureCode = error?.decline_code ?? error?.code ?? 'payment_failed';
  const decline = { failure_code: failureCode, failure_message: error?.message ?? null };
  await changePayment(
    ctx,
    payment,
    { stripePaymentIntentId: payment.stripePaymentIntentId ?? intent.id, metadata: { ...payment.metadata, ...decline } },
    { action: 'payment_declined', metadata: { failureCode } },
  );
  await noteStripeState(ctx, payment.id, at);
  return 'applied';
};
