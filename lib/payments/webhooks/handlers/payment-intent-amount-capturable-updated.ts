import { cancelAuthorization } from '../../cancel-authorization';
import { closedForPayment } from '../../fail-payment';
import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { moveStatus } from '../payment-moves';
import type { EventHandler } from '../types';

/**
 * The card is authorized (manual capture): the capture job takes it from here. Never undoes a capture. A Checkout paid
 * after its contract was terminated (or campaign cancelled) is voided after commit, never captured; should that call
 * fail, the capture job cancels it instead of capturing.
 */
export const paymentIntentAmountCapturableUpdated: EventHandler = async ({ ctx, event, at, afterCommit }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment) return 'ignored';
  const stripePaymentIntentId = payment.stripePaymentIntentId ?? intent.id;
  const outcome = await moveStatus(ctx, payment, {
    to: 'authorized',
    at,
    action: 'authorize_payment',
    changes: { authorizedAt: at, stripePaymentIntentId },
  });
  const closed = outcome === 'applied' ? await closedForPayment(ctx, payment.contractId) : null;
  if (closed) afterCommit((after) => cancelAuthorization(after, { ...payment, stripePaymentIntentId }, closed));
  return outcome;
};
