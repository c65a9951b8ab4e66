import { toMinorUnits } from '@/lib/campaigns/schemas';
import { recordCapture } from '../../ledger';
import { fromGatewayAmount } from '../../money';
import { canMove } from '../../state';
import { paymentIdOf, paymentIntentObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { flagReconciliation, noteStripeState } from '../payment-moves';
import type { EventHandler } from '../types';

/** The capture went through: the money is in escrow. A repeat, or one after the charge already reported it, is a no-op. */
export const paymentIntentSucceeded: EventHandler = async ({ ctx, event, at }) => {
  const intent = paymentIntentObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(intent.metadata), paymentIntentId: intent.id });
  if (!payment) return 'ignored';
  if (payment.status === 'failed') {
    await flagReconciliation(ctx, {
      payment,
      kind: 'status_mismatch',
      details: { reason: 'Stripe captured a payment we recorded as failed.', payment_intent: intent.id, event_id: event.id },
    });
    return 'applied';
  }
  if (!canMove(payment.status, 'captured')) return 'ignored';
  const received = intent.amount_received ? fromGatewayAmount(intent.amount_received, payment.currency) : undefined;
  await recordCapture(ctx, payment.id, { chargeId: intent.latest_charge ?? intent.id, paymentIntentId: intent.id, at, received });
  if (received !== undefined && toMinorUnits(received) < toMinorUnits(payment.amount)) {
    await flagReconciliation(ctx, {
      payment,
      kind: 'amount_mismatch',
      details: {
        reason: `Stripe captured ${received} of the ${payment.amount} ${payment.currency} authorized: the milestone is only partly funded.`,
        payment_intent: intent.id,
        authorized: payment.amount,
        captured: received,
        event_id: event.id,
      },
    });
  }
  await noteStripeState(ctx, payment.id, at);
  return 'applied';
};
