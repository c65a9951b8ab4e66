import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import { ledgerEntries, moneyMovements, reconciliationIssues, type Payment } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { lockPayment, recordCapture, recordRefund } from '../../ledger';
import { fromGatewayAmount, toGatewayAmount } from '../../money';
import { cancelUnsentMovements, completeMovement } from '../../movements/complete';
import { canMove } from '../../state';
import { cardDisputesOf } from '../card-disputes';
import { chargeObject, movementIdOf, paymentIdOf } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { flagReconciliation, noteStripeState } from '../payment-moves';
import type { EventHandler } from '../types';

async function refundFlagged(ctx: Ctx, paymentId: string, refundId: string): Promise<boolean> {
  const [issue] = await ctx.db
    .select({ id: reconciliationIssues.id })
    .from(reconciliationIssues)
    .where(and(eq(reconciliationIssues.paymentId, paymentId), sql`${reconciliationIssues.details}->>'refund' = ${refundId}`))
    .limit(1);
  return issue !== undefined;
}

/** Refunds still being processed count: Stripe has taken them out of the charge. */
const countedRefund = (status: string | null | undefined) => !status || status === 'succeeded' || status === 'pending';

/**
 * A refund made outside our flows (the Stripe dashboard) is Stripe's fact: it is recorded, and movements we planned
 * but never sent give way to it. One escrow cannot take even then is left to the back office, flagged once.
 */
async function recordOutsideRefund(
  ctx: Ctx,
  payment: Payment,
  refund: { id: string; amount: string },
  source: { charge: string; eventId: string },
): Promise<boolean> {
  const attempt = async (): Promise<boolean | ConflictError> => {
    try {
      return (await recordRefund(ctx, payment.id, { amount: refund.amount, refundId: refund.id })) === 'recorded';
    } catch (error) {
      if (error instanceof ConflictError) return error;
      throw error;
    }
  };
  let outcome = await attempt();
  if (outcome instanceof ConflictError) {
    const canceled = await cancelUnsentMovements(
      ctx,
      { paymentId: payment.id },
      `Stripe refunded ${refund.amount} outside Pactly.`,
    );
    if (canceled > 0) outcome = await attempt();
  }
  if (!(outcome instanceof ConflictError)) return outcome;
  if (await refundFlagged(ctx, payment.id, refund.id)) return false;
  await flagReconciliation(ctx, {
    payment,
    kind: 'amount_mismatch',
    details: {
      reason: `Stripe reported a refund our escrow could not record: ${outcome.message}`,
      refund: refund.id,
      amount: refund.amount,
      charge: source.charge,
      event_id: source.eventId,
    },
  });
  return true;
}

/** What Stripe should count in amount_refunded by our records: refunds recorded (card dispute losses are not refunds) and refunds sent. */
async function knownRefundedMinor(ctx: Ctx, payment: Payment): Promise<number> {
  const disputeIds = Object.keys(cardDisputesOf(payment));
  const [recorded] = await ctx.db
    .select({ amount: sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)::text` })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.paymentId, payment.id),
        eq(ledgerEntries.kind, 'refund'),
        disputeIds.length ? notInArray(ledgerEntries.reference, disputeIds) : undefined,
      ),
    );
  const [sent] = await ctx.db
    .select({ amount: sql<string>`coalesce(sum(${moneyMovements.amount}), 0)::text` })
    .from(moneyMovements)
    .where(
      and(
        eq(moneyMovements.paymentId, payment.id),
        eq(moneyMovements.kind, 'refund'),
        eq(moneyMovements.status, 'pending'),
        isNotNull(moneyMovements.sentAt),
      ),
    );
  return toGatewayAmount(recorded!.amount, payment.currency) + toGatewayAmount(sent!.amount, payment.currency);
}

/**
 * Records each refund of the charge once: ours complete their movement, others are recorded by refund id when the
 * event lists them (older API versions). Newer API versions leave the list out, so whatever amount_refunded holds
 * beyond what we know of is recorded as one refund keyed by the charge and that total.
 */
export const chargeRefunded: EventHandler = async ({ ctx, event, at }) => {
  const charge = chargeObject.parse(event.data.object);
  // Cancelling an uncaptured authorization "refunds" it: no money was ever taken, so there is nothing to record.
  if (!charge.captured) return 'ignored';
  let payment = await findPaymentForUpdate(ctx, {
    paymentId: paymentIdOf(charge.metadata),
    chargeId: charge.id,
    paymentIntentId: charge.payment_intent,
  });
  if (!payment) return 'ignored';
  if (payment.status === 'failed') {
    await flagReconciliation(ctx, {
      payment,
      kind: 'status_mismatch',
      details: { reason: 'Stripe refunded a charge of a payment we recorded as failed.', charge: charge.id, event_id: event.id },
    });
    return 'applied';
  }
  let applied = false;
  if (canMove(payment.status, 'captured')) {
    await recordCapture(ctx, payment.id, { chargeId: charge.id, paymentIntentId: charge.payment_intent, at });
    await noteStripeState(ctx, payment.id, at);
    applied = true;
  }
  const source = { charge: charge.id, eventId: event.id };
  for (const refund of charge.refunds?.data ?? []) {
    if (!countedRefund(refund.status)) continue;
    const movementId = movementIdOf(refund.metadata);
    const outcome = movementId
      ? (await completeMovement(ctx, movementId, refund.id)) !== 'duplicate'
      : await recordOutsideRefund(
          ctx,
          await lockPayment(ctx, payment.id),
          { id: refund.id, amount: fromGatewayAmount(refund.amount, payment.currency) },
          source,
        );
    applied ||= outcome;
  }
  // An event that lists the refunds said everything there is to say about them.
  if (charge.refunds) return applied ? 'applied' : 'ignored';
  payment = await lockPayment(ctx, payment.id);
  const unknownMinor = charge.amount_refunded - (await knownRefundedMinor(ctx, payment));
  if (unknownMinor > 0) {
    const refund = {
      id: `${charge.id}:refunded:${charge.amount_refunded}`,
      amount: fromGatewayAmount(unknownMinor, payment.currency),
    };
    applied = (await recordOutsideRefund(ctx, payment, refund, source)) || applied;
  }
  return applied ? 'applied' : 'ignored';
};
