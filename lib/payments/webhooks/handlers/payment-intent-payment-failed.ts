import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { moveStatus } from '../payment-moves';
import type { EventHandler } from '../types';

/** The card was declined: the payment ends failed (the brand funds the milestone again with a new payment). */
export const paymentIntentPaymentFailed: EventHandler = async ({ ctx, event, at }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment) return 'ignored';
  const error = intent.last_payment_error;
  const failureCode = error?.decline_code ?? error?.code ?? 'payment_failed';
  return moveStatus(ctx, payment, {
    to: 'failed',
    at,
    action: 'payment_failed',
    changes: {
      failedAt: at,
      stripePaymentIntentId: payment.stripePaymentIntentId ?? intent.id,
      metadata: { ...payment.metadata, failure_code: failureCode, failure_message: error?.message ?? null },
    },
    metadata: { failureCode },
  });
};
