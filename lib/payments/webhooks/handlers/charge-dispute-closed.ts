import { endCardDispute, lockPayment, recordCapture, recordDisputeLoss } from '../../ledger';
import { fromGatewayAmount } from '../../money';
import { cancelUnsentMovements } from '../../movements/complete';
import { canMove, isCaptured } from '../../state';
import { cardDisputesOf, withCardDispute } from '../card-disputes';
import { disputeObject, paymentIdOf } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { changePayment, flagReconciliation } from '../payment-moves';
import type { EventHandler } from '../types';

const outcomeOf = (status: string) =>
  status === 'lost' ? 'lost' : status === 'won' || status === 'warning_closed' ? 'won' : null;

/** Won: the payment goes back to where it was. Lost: the card network refunded the disputed amount from escrow. */
export const chargeDisputeClosed: EventHandler = async ({ ctx, event, at }) => {
  const dispute = disputeObject.parse(event.data.object);
  const outcome = outcomeOf(dispute.status);
  let payment = await findPaymentForUpdate(ctx, {
    paymentId: paymentIdOf(dispute.metadata),
    chargeId: dispute.charge,
    paymentIntentId: dispute.payment_intent,
  });
  if (!payment || !outcome) return 'ignored';
  const seen = cardDisputesOf(payment)[dispute.id];
  if (seen === 'won' || seen === 'lost') return 'ignored';
  if (dispute.charge && canMove(payment.status, 'captured')) {
    await recordCapture(ctx, payment.id, { chargeId: dispute.charge, paymentIntentId: dispute.payment_intent, at });
    payment = await lockPayment(ctx, payment.id);
  }
  if (!isCaptured(payment.status)) return 'ignored';
  await changePayment(
    ctx,
    payment,
    { metadata: withCardDispute(payment, dispute.id, outcome) },
    { action: 'close_card_dispute', metadata: { disputeId: dispute.id, outcome } },
  );
  if (outcome === 'won') {
    await endCardDispute(ctx, await lockPayment(ctx, payment.id), 'won');
    return 'applied';
  }
  // The network took the money back: releases and refunds we planned but never sent give way to that.
  await cancelUnsentMovements(ctx, { paymentId: payment.id }, `Card dispute ${dispute.id} was lost.`);
  const claimed = fromGatewayAmount(dispute.amount, payment.currency);
  const { refunded } = await recordDisputeLoss(ctx, payment.id, { amount: claimed, disputeId: dispute.id });
  if (refunded !== claimed) {
    await flagReconciliation(ctx, {
      payment,
      kind: 'amount_mismatch',
      details: {
        reason: 'A lost card dispute took back more than escrow still held (already released to the creator or refunded).',
        dispute: dispute.id,
        claimed,
        refunded_from_escrow: refunded,
        event_id: event.id,
      },
    });
  }
  return 'applied';
};
