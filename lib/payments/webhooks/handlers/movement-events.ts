import { and, eq, sql } from 'drizzle-orm';
import { ledgerEntries, reconciliationIssues } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { lockPayment } from '../../ledger';
import { completeMovement, failMovement } from '../../movements/complete';
import { movementIdOf, refundObject, transferObject } from '../objects';
import { flagReconciliation } from '../payment-moves';
import type { EventHandler } from '../types';

/**
 * transfer.created for a release of ours: completes its movement when our process lost the API's answer (a crash
 * or timeout between the call and the commit). A repeat, or one after the answer was recorded, is a no-op.
 */
export const transferCreated: EventHandler = async ({ ctx, event }) => {
  const transfer = transferObject.parse(event.data.object);
  const movementId = movementIdOf(transfer.metadata);
  if (!movementId) return 'ignored';
  return (await completeMovement(ctx, movementId, transfer.id)) === 'duplicate' ? 'ignored' : 'applied';
};

/** refund.created / refund.updated for a refund of ours: completes its movement, or fails it when Stripe could not refund. */
export const refundChanged: EventHandler = async ({ ctx, event }) => {
  const refund = refundObject.parse(event.data.object);
  const movementId = movementIdOf(refund.metadata);
  const failed = refund.status === 'failed' || refund.status === 'canceled';
  if (!movementId) return failed ? flagRecordedRefundFailed(ctx, refund.id, event.id) : 'ignored';
  if (failed) {
    return (await failMovement(ctx, movementId, `Stripe reported the refund ${refund.id} ${refund.status}.`))
      ? 'applied'
      : 'ignored';
  }
  return (await completeMovement(ctx, movementId, refund.id)) === 'duplicate' ? 'ignored' : 'applied';
};

/**
 * A refund made outside Pactly, recorded from charge.refunded, then failed: the money is back on our balance but the
 * ledger says refunded. Staff decide; flagged once per refund.
 */
async function flagRecordedRefundFailed(ctx: Ctx, refundId: string, eventId: string): Promise<'applied' | 'ignored'> {
  const [entry] = await ctx.db
    .select({ paymentId: ledgerEntries.paymentId })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.kind, 'refund'), eq(ledgerEntries.reference, refundId)));
  if (!entry) return 'ignored';
  const payment = await lockPayment(ctx, entry.paymentId);
  const [flagged] = await ctx.db
    .select({ id: reconciliationIssues.id })
    .from(reconciliationIssues)
    .where(
      and(eq(reconciliationIssues.paymentId, payment.id), sql`${reconciliationIssues.details}->>'failed_refund' = ${refundId}`),
    );
  if (flagged) return 'ignored';
  await flagReconciliation(ctx, {
    payment,
    kind: 'status_mismatch',
    details: {
      reason: 'Stripe reports a refund we recorded as failed: the money is back on the platform balance.',
      failed_refund: refundId,
      event_id: eventId,
    },
  });
  return 'applied';
}
