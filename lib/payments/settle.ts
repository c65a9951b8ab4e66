import { and, eq, gt, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { contracts, payments } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { eachSettled } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { executePendingMovements } from './movements/execute';
import { planContractSettlement, unreservedSql } from './movements/plan';
import { capturedStatuses } from './state';

/**
 * Moves a contract's held money where the contract says it goes: plans the movements its status calls for (under the
 * contract's settlement lock) and sends every pending one. Safe to repeat and to run concurrently. Call outside any
 * transaction.
 */
export async function settleContractPayments(
  ctx: Ctx,
  contractId: string,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<number> {
  await withTransaction(ctx, (tx) => planContractSettlement(tx, contractId));
  return executePendingMovements(ctx, { contractId }, gateway);
}

/**
 * Runs the settlement right after a commit; a gateway failure is logged, not thrown, because the decision is already
 * recorded with its movements and the 'payments-settle' job sends them again.
 */
export async function settleAfterCommit(ctx: Ctx, contractId: string): Promise<void> {
  try {
    await settleContractPayments(ctx, contractId);
  } catch (error) {
    console.error(`payments: settling contract ${contractId} failed; the payments-settle job will retry`, error);
  }
}

/**
 * The job: plans the movements of every completed, terminated or decided contract whose held money nothing claims yet
 * (a capture that landed after the contract ended, a crash before planning, a decision's refused movement), then sends
 * every pending movement.
 */
export async function settleDuePayments(ctx: Ctx, gateway?: PaymentGateway): Promise<number> {
  const due = await ctx.db
    .selectDistinct({ contractId: contracts.id })
    .from(payments)
    .innerJoin(contracts, eq(contracts.id, payments.contractId))
    .where(
      and(
        inArray(payments.status, capturedStatuses),
        gt(unreservedSql, sql`0`),
        or(inArray(contracts.status, ['completed', 'terminated']), isNotNull(contracts.disputeResolution)),
      ),
    );
  await eachSettled(
    due.map((row) => row.contractId),
    async (contractId) => withTransaction(ctx, (tx) => planContractSettlement(tx, contractId)),
    'planning a settlement',
  );
  return executePendingMovements(ctx, {}, gateway);
}
