import { and, eq, isNull, sql } from 'drizzle-orm';
import { moneyMovements, payments, type MoneyMovement } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { decimalOf, hundredths } from '../flow-support';
import { lockPayment, recordRefund, recordRelease } from '../ledger';
import { flagReconciliation } from '../webhooks/payment-moves';
import { tellAdminsMovementFailed } from './waiting-notices';

export type CompletionResult = 'recorded' | 'duplicate' | 'flagged';

/** Locks the movement's payment, then the movement: the order every path that moves money uses, so none deadlock. */
async function lockMovement(ctx: Ctx, movementId: string): Promise<MoneyMovement | undefined> {
  const [found] = await ctx.db
    .select({ paymentId: moneyMovements.paymentId })
    .from(moneyMovements)
    .where(eq(moneyMovements.id, movementId));
  if (!found) return undefined;
  await lockPayment(ctx, found.paymentId);
  const [movement] = await ctx.db.select().from(moneyMovements).where(eq(moneyMovements.id, movementId)).for('update');
  return movement;
}

/**
 * The gateway made the movement (its answer, a webhook or a lookup says so): recorded in the ledger exactly once,
 * whatever the payment's status has become meanwhile, in the caller's transaction.
 */
export async function completeMovement(ctx: Ctx, movementId: string, gatewayReference: string): Promise<CompletionResult> {
  const movement = await lockMovement(ctx, movementId);
  if (!movement || movement.status === 'succeeded') return 'duplicate';
  if (movement.status !== 'pending') {
    // We had given it up (refused, or cancelled before it was sent), yet the gateway reports it made: staff decide.
    await flagReconciliation(ctx, {
      payment: await lockPayment(ctx, movement.paymentId),
      kind: 'status_mismatch',
      details: {
        reason: `The gateway made a ${movement.kind} we had recorded as ${movement.status}.`,
        movement: movement.id,
        reference: gatewayReference,
        amount: movement.amount,
      },
    });
    return 'flagged';
  }
  if (movement.kind === 'release') {
    await recordRelease(ctx, movement.paymentId, {
      amount: movement.amount,
      fee: movement.fee,
      transferId: gatewayReference,
      movementId: movement.id,
    });
    await ctx.db.update(payments).set({ releaseRequestedAt: null }).where(eq(payments.id, movement.paymentId));
  } else {
    await recordRefund(ctx, movement.paymentId, { amount: movement.amount, refundId: gatewayReference, movementId: movement.id });
  }
  const now = new Date();
  await ctx.db
    .update(moneyMovements)
    .set({ status: 'succeeded', gatewayReference, completedAt: now, blockedReason: null, updatedAt: now })
    .where(eq(moneyMovements.id, movement.id));
  return 'recorded';
}

/** Gives a pending movement up, releasing what it reserved, with an audit row; the caller says why. */
async function endMovement(ctx: Ctx, movement: MoneyMovement, status: 'failed' | 'canceled', reason: string): Promise<void> {
  const payment = await lockPayment(ctx, movement.paymentId);
  const reservedAmount = decimalOf(hundredths(payment.reservedAmount) - hundredths(movement.amount));
  await ctx.db
    .update(moneyMovements)
    .set({ status, lastError: reason, updatedAt: new Date() })
    .where(eq(moneyMovements.id, movement.id));
  // A payment whose last pending release ended no longer waits for anything.
  const releasePending = sql`exists (select 1 from ${moneyMovements} where ${moneyMovements.paymentId} = ${payment.id} and ${moneyMovements.kind} = 'release' and ${moneyMovements.status} = 'pending')`;
  await ctx.db
    .update(payments)
    .set({
      reservedAmount,
      releaseBlockedReason: sql`case when ${releasePending} then ${payments.releaseBlockedReason} end`,
      releaseRequestedAt: sql`case when ${releasePending} then ${payments.releaseRequestedAt} end`,
      updatedAt: new Date(),
    })
    .where(eq(payments.id, payment.id));
  await recordAudit(ctx, {
    action: status === 'failed' ? 'fail_money_movement' : 'cancel_money_movement',
    resourceType: 'payment',
    resourceId: payment.id,
    bySystem: ctx.actor === null,
    metadata: {
      contractId: payment.contractId,
      movementId: movement.id,
      kind: movement.kind,
      amount: movement.amount,
      reason,
      before: { reservedAmount: payment.reservedAmount },
      after: { reservedAmount },
    },
  });
}

/** The gateway refused the movement for good: nothing moved, the money is held again and staff see why. */
export async function failMovement(ctx: Ctx, movementId: string, reason: string): Promise<boolean> {
  const movement = await lockMovement(ctx, movementId);
  if (movement?.status === 'succeeded') {
    // Recorded as made, now reported failed (a refund that bounced): the money is back on our balance; staff decide.
    await flagReconciliation(ctx, {
      payment: await lockPayment(ctx, movement.paymentId),
      kind: 'status_mismatch',
      details: { reason, movement: movement.id, kind: movement.kind, amount: movement.amount },
    });
    return true;
  }
  if (!movement || movement.status !== 'pending') return false;
  await endMovement(ctx, movement, 'failed', reason);
  await flagReconciliation(ctx, {
    payment: await lockPayment(ctx, movement.paymentId),
    kind: 'movement_failed',
    details: { reason, movement: movement.id, kind: movement.kind, amount: movement.amount, currency: movement.currency },
  });
  await tellAdminsMovementFailed(ctx, movement, reason);
  return true;
}

/**
 * Movements planned but never sent give way when what they carried out no longer holds: Stripe moved the payment's
 * money on its own (a lost card dispute, a dashboard refund), or a dispute decision replaces the contract's earlier
 * plan. Sent ones stay: they may have gone through.
 */
export async function cancelUnsentMovements(
  ctx: Ctx,
  scope: { paymentId: string } | { contractId: string },
  reason: string,
): Promise<number> {
  const owned = 'paymentId' in scope ? eq(payments.id, scope.paymentId) : eq(payments.contractId, scope.contractId);
  // Payments before their movements, in id order, like every other path.
  await ctx.db.select({ id: payments.id }).from(payments).where(owned).orderBy(payments.id).for('update');
  const owner =
    'paymentId' in scope ? eq(moneyMovements.paymentId, scope.paymentId) : eq(moneyMovements.contractId, scope.contractId);
  const unsent = await ctx.db
    .select()
    .from(moneyMovements)
    .where(and(owner, eq(moneyMovements.status, 'pending'), isNull(moneyMovements.sentAt)))
    .orderBy(moneyMovements.createdAt)
    .for('update');
  for (const movement of unsent) await endMovement(ctx, movement, 'canceled', reason);
  return unsent.length;
}
