import { and, eq, inArray, isNull } from 'drizzle-orm';
import { moneyMovements, payments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import type { PaymentGateway } from './gateway/types';
import { executePendingMovements } from './movements/execute';
import { planContractSettlement } from './movements/plan';

/**
 * Plans the release of a completed contract's held money inside the completing transaction and marks its payments
 * due; the transfers are gateway calls, made after commit (or by the 'payments-settle' job).
 */
export async function requestContractRelease(ctx: Ctx, contractId: string): Promise<number> {
  await planContractSettlement(ctx, contractId);
  const withRelease = ctx.db
    .select({ paymentId: moneyMovements.paymentId })
    .from(moneyMovements)
    .where(
      and(eq(moneyMovements.contractId, contractId), eq(moneyMovements.kind, 'release'), eq(moneyMovements.status, 'pending')),
    );
  const marked = await ctx.db
    .update(payments)
    .set({ releaseRequestedAt: new Date() })
    .where(and(inArray(payments.id, withRelease), isNull(payments.releaseRequestedAt)))
    .returning({ id: payments.id });
  for (const { id } of marked) {
    await recordAudit(ctx, {
      action: 'request_payment_release',
      resourceType: 'payment',
      resourceId: id,
      bySystem: ctx.actor === null,
      metadata: { contractId },
    });
  }
  return marked.length;
}

/** Sends the creator's movements that waited (e.g. until their payouts were enabled). */
export function retryBlockedReleases(ctx: Ctx, userId: string, gateway?: PaymentGateway): Promise<number> {
  return executePendingMovements(ctx, { payeeId: userId }, gateway);
}
