import { lockPayment, recordCapture } from '../../ledger';
import { canMove, isCaptured } from '../../state';
import { cardDisputesOf, withCardDispute } from '../card-disputes';
import { disputeObject, paymentIdOf } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { changePayment } from '../payment-moves';
import type { EventHandler } from '../types';

/** The cardholder disputed the charge: the payment is frozen (no release or refund) until the dispute closes. */
export const chargeDisputeCreated: EventHandler = async ({ ctx, event, at }) => {
  const dispute = disputeObject.parse(event.data.object);
  let payment = await findPaymentForUpdate(ctx, {
    paymentId: paymentIdOf(dispute.metadata),
    chargeId: dispute.charge,
    paymentIntentId: dispute.payment_intent,
  });
  if (!payment || cardDisputesOf(payment)[dispute.id]) return 'ignored';
  if (dispute.charge && canMove(payment.status, 'captured')) {
    await recordCapture(ctx, payment.id, { chargeId: dispute.charge, paymentIntentId: dispute.payment_intent, at });
    payment = await lockPayment(ctx, payment.id);
  }
  if (!isCaptured(payment.status)) return 'ignored';
  const metadata = withCardDispute(payment, dispute.id, 'open');
  const audit = { action: 'open_card_dispute', metadata: { disputeId: dispute.id } };
  if (!canMove(payment.status, 'disputed')) {
    await changePayment(ctx, payment, { metadata }, audit);
  } else {
    await changePayment(ctx, payment, { status: 'disputed', statusBeforeDispute: payment.status, metadata }, audit);
  }
  return 'applied';
};
