import { and, eq, sql } from 'drizzle-orm';
import { reconciliationIssues } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { recordCapture, recordRefund } from '../../ledger';
import { fromGatewayAmount } from '../../money';
import { canMove } from '../../state';
import { chargeObject, paymentIdOf } from '../objects';
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
 * Records each refund of the charge once (by refund id). A refund reported before the capture records the capture
 * from the charge first. Without the refund list (newer API versions leave it out of events) the refunds are recorded
 * by the flow that made them, and the reconciliation job catches refunds made elsewhere.
 */
export const chargeRefunded: EventHandler = async ({ ctx, event, at }) => {
  const charge = chargeObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, {
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
  if (charge.captured && canMove(payment.status, 'captured')) {
    await recordCapture(ctx, payment.id, { chargeId: charge.id, paymentIntentId: charge.payment_intent, at });
    await noteStripeState(ctx, payment.id, at);
    applied = true;
  }
  for (const refund of charge.refunds?.data ?? []) {
    if (!countedRefund(refund.status)) continue;
    const amount = fromGatewayAmount(refund.amount, payment.currency);
    try {
      if ((await recordRefund(ctx, payment.id, { amount, refundId: refund.id })) === 'recorded') applied = true;
    } catch (error) {
      // A refund made outside our flows that escrow cannot take (more than held, or frozen by a card dispute) is
      // Stripe's fact all the same: retrying cannot change that, so it goes to the back office instead of failing.
      if (!(error instanceof ConflictError)) throw error;
      // Later charge.refunded events list every refund of the charge again: flag each refused refund once.
      if (await refundFlagged(ctx, payment.id, refund.id)) continue;
      await flagReconciliation(ctx, {
        payment,
        kind: 'amount_mismatch',
        details: {
          reason: `Stripe reported a refund our escrow could not record: ${error.message}`,
          refund: refund.id,
          amount,
          charge: charge.id,
          event_id: event.id,
        },
      });
      applied = true;
    }
  }
  return applied ? 'applied' : 'ignored';
};
