import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { moveStatus } from '../payment-moves';
import type { EventHandler } from '../types';

/** The card is authorized (manual capture): the capture job takes it from here. Never undoes a capture. */
export const paymentIntentAmountCapturableUpdated: EventHandler = async ({ ctx, event, at }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment) return 'ignored';
  return moveStatus(ctx, payment, {
    to: 'authorized',
    at,
    action: 'authorize_payment',
    changes: { authorizedAt: at, stripePaymentIntentId: payment.stripePaymentIntentId ?? intent.id },
  });
};
