import { failPayment } from '../../fail-payment';
import { checkoutSessionObject, paymentIdOf } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import type { EventHandler } from '../types';

/** The Checkout page expired unpaid (declined cards included): the attempt is over and the payment ends failed. */
export const checkoutSessionExpired: EventHandler = async ({ ctx, event, at }) => {
  const session = checkoutSessionObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, {
    paymentId: paymentIdOf(session.metadata) ?? session.client_reference_id,
    sessionId: session.id,
  });
  if (!payment || payment.status !== 'pending') return 'ignored';
  // An older session of a payment whose checkout was opened again later says nothing about the open one.
  if (payment.stripePaymentId && payment.stripePaymentId !== session.id) return 'ignored';
  return failPayment(ctx, payment, { reason: 'checkout_expired', at, action: 'expire_checkout' });
};
