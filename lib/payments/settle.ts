import { and, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { contracts, payments } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { asResolution } from '@/lib/disputes/evidence';
import { decimalOf, eachSettled, heldSql, hundredths, minOf } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { refundContractPayments } from './refund';
import { holdsMoney, releaseContractPayments } from './release';

type Cap = bigint | 'all';

const capLeft = (target: string, done: string): bigint => {
  const left = hundredths(target) - hundredths(done);
  return left > 0n ? left : 0n;
};

/**
 * Moves a contract's held money where the contract says it goes: a dispute decision releases and refunds its amounts
 * (less what already moved), a completed contract releases everything, a terminated one refunds everything. Safe to
 * repeat: every movement is capped by what is left and recorded idempotently. Call outside any transaction.
 */
export async function settleContractPayments(
  ctx: Ctx,
  contractId: string,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<number> {
  const [contract] = await ctx.db
    .select({
      status: contracts.status,
      resolution: contracts.disputeResolution,
      released: sql<string>`coalesce(sum(${payments.releasedAmount}), 0)::text`,
      refunded: sql<string>`coalesce(sum(${payments.refundedAmount}), 0)::text`,
    })
    .from(contracts)
    .leftJoin(payments, eq(payments.contractId, contracts.id))
    .where(eq(contracts.id, contractId))
    .groupBy(contracts.id);
  if (!contract || contract.status === 'disputed') return 0;
  const resolution = asResolution(contract.resolution);
  let release: Cap = 0n;
  let refund: Cap = 0n;
  if (resolution) {
    release = capLeft(resolution.release_amount, contract.released);
    refund = capLeft(resolution.refund_amount, contract.refunded);
  } else if (contract.status === 'completed') release = 'all';
  else if (contract.status === 'terminated') refund = 'all';
  else return 0;

  let moved = 0;
  let reserved = 0n;
  if (release !== 0n) {
    const result = await releaseContractPayments(ctx, contractId, release === 'all' ? {} : { upTo: decimalOf(release) }, gateway);
    moved += result.released;
    reserved = hundredths(result.waiting);
  }
  if (refund !== 0n) {
    const [held] = await ctx.db
      .select({ amount: sql<string>`coalesce(sum(${heldSql}), 0)::text` })
      .from(payments)
      .where(and(eq(payments.contractId, contractId), holdsMoney, ne(payments.status, 'disputed')));
    // Money whose release waits for the creator's payouts is not the brand's to get back.
    const refundable = hundredths(held!.amount) - reserved;
    const amount = refund === 'all' ? refundable : minOf(refund, refundable);
    if (amount > 0n) {
      const reason = resolution ? 'dispute_resolved' : 'contract_terminated';
      moved += (await refundContractPayments(ctx, contractId, { amount: decimalOf(amount), reason }, gateway)).refunded;
    }
  }
  return moved;
}

/** After a dispute decision commits: release, refund or split the held money. Unfunded contracts move nothing. */
export function applyDisputeResolutionPayments(ctx: Ctx, contractId: string, gateway?: PaymentGateway): Promise<number> {
  return settleContractPayments(ctx, contractId, gateway);
}

/**
 * Runs the settlement right after a commit; a gateway failure is logged, not thrown, because the decision is already
 * recorded and the 'payments-settle' job repeats the settlement.
 */
export async function settleAfterCommit(ctx: Ctx, contractId: string): Promise<void> {
  try {
    await settleContractPayments(ctx, contractId);
  } catch (error) {
    console.error(`payments: settling contract ${contractId} failed; the payments-settle job will retry`, error);
  }
}

/** The job: settles every contract whose held money is due to move (completed, terminated or decided). */
export async function settleDuePayments(ctx: Ctx, gateway?: PaymentGateway): Promise<number> {
  const due = await ctx.db
    .selectDistinct({ contractId: contracts.id })
    .from(payments)
    .innerJoin(contracts, eq(contracts.id, payments.contractId))
    .where(
      and(
        holdsMoney,
        ne(payments.status, 'disputed'),
        ne(contracts.status, 'disputed'),
        or(inArray(contracts.status, ['completed', 'terminated']), isNotNull(contracts.disputeResolution)),
      ),
    );
  return eachSettled(
    due.map((row) => row.contractId),
    (contractId) => settleContractPayments(ctx, contractId, gateway ?? paymentGateway(ctx.db)),
    'settling a contract',
  );
}
