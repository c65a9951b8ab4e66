import { eq, sql } from 'drizzle-orm';
import { payments, reconciliationIssues, type Payment, type PaymentStatus, type ReconciliationIssue } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { canMove } from '../state';
import type { HandlerOutcome } from './types';

/** Remembers the newest Stripe state applied, so an older event cannot undo it. */
export async function noteStripeState(ctx: Ctx, paymentId: string, at: Date): Promise<void> {
  await ctx.db
    .update(payments)
    .set({ stripeStateAt: sql`greatest(${payments.stripeStateAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(payments.id, paymentId));
}

/** Writes a change Stripe reported to the payment with its audit row. */
export async function changePayment(
  ctx: Ctx,
  payment: Payment,
  changes: Partial<Payment>,
  audit: { action: string; metadata?: Record<string, unknown> },
): Promise<void> {
  await ctx.db
    .update(payments)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(payments.id, payment.id));
  await recordAudit(ctx, {
    action: audit.action,
    resourceType: 'payment',
    resourceId: payment.id,
    bySystem: ctx.actor === null,
    metadata: { ...diffFields(payment, changes), contractId: payment.contractId, ...audit.metadata },
  });
}

/**
 * A status change reported by Stripe (no money moves): ignored when the state machine refuses it or when the event is
 * older than the newest state already applied (e.g. a declined attempt reported after a later attempt's authorization).
 */
export async function moveStatus(
  ctx: Ctx,
  payment: Payment,
  move: { to: PaymentStatus; at: Date; action: string; changes?: Partial<Payment>; metadata?: Record<string, unknown> },
): Promise<HandlerOutcome> {
  if (!canMove(payment.status, move.to)) return 'ignored';
  if (payment.stripeStateAt && move.at < payment.stripeStateAt) return 'ignored';
  await changePayment(ctx, payment, { status: move.to, ...move.changes }, { action: move.action, metadata: move.metadata });
  await noteStripeState(ctx, payment.id, move.at);
  return 'applied';
}

/** Leaves a difference with the gateway for the back office (reconciliation issues). */
export async function flagReconciliation(
  ctx: Ctx,
  issue: {
    payment: Payment | null;
    contractId?: string | null;
    kind: ReconciliationIssue['kind'];
    details: Record<string, unknown>;
  },
): Promise<void> {
  await ctx.db.insert(reconciliationIssues).values({
    paymentId: issue.payment?.id ?? null,
    contractId: issue.payment?.contractId ?? issue.contractId ?? null,
    kind: issue.kind,
    details: issue.details,
  });
}
