import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { contracts, payments, payoutAccounts, type Payment } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type Ctx } from '@/lib/context';
import { asResolution } from '@/lib/disputes/evidence';
import { decimalOf, eachSettled, gatewayFor, heldOf, heldSql, hundredths, minOf } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { recordRelease } from './ledger';
import { platformFeeOf, toGatewayAmount } from './money';

export const releaseBlockedReasons = {
  payoutsNotEnabled: 'The creator has not finished setting up payouts.',
  cardDispute: 'A card dispute is open on this payment.',
} as const;

/** Payments whose escrow still holds money (a split may have released or refunded part already). */
export const holdsMoney = and(
  inArray(payments.status, ['captured', 'released', 'refunded', 'disputed']),
  eq(payments.escrowStatus, 'held'),
  gt(heldSql, sql`0`),
);

export interface ReleaseResult {
  /** How many payments had money transferred to the creator. */
  released: number;
  /** Money due to the creator that waits for the creator's payouts to be enabled, in decimal. */
  waiting: string;
}

async function contractDisputed(ctx: Ctx, contractId: string): Promise<boolean> {
  const [contract] = await ctx.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, contractId));
  return contract?.status === 'disputed';
}

async function markBlocked(ctx: Ctx, paymentIds: string[], reason: string) {
  if (paymentIds.length === 0) return;
  await ctx.db
    .update(payments)
    .set({ releaseBlockedReason: reason, releaseRequestedAt: sql`coalesce(${payments.releaseRequestedAt}, now())` })
    .where(
      and(
        inArray(payments.id, paymentIds),
        or(isNull(payments.releaseBlockedReason), sql`${payments.releaseBlockedReason} <> ${reason}`),
      ),
    );
}

/**
 * Transfers the held money of a contract's payments to the creator, net of the platform fee, at most `upTo` in total.
 * Gateway calls happen outside any transaction (call this after commit); each transfer is recorded through the ledger.
 */
export async function releaseContractPayments(
  ctx: Ctx,
  contractId: string,
  options: { upTo?: string } = {},
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<ReleaseResult> {
  // A dispute on the contract holds its money where it is until staff decide it (the decision settles it).
  if (await contractDisputed(ctx, contractId)) return { released: 0, waiting: '0.00' };
  const rows = await ctx.db
    .select({ payment: payments, account: payoutAccounts })
    .from(payments)
    .leftJoin(payoutAccounts, eq(payoutAccounts.userId, payments.payeeId))
    .where(and(eq(payments.contractId, contractId), holdsMoney))
    .orderBy(asc(payments.milestoneIndex), asc(payments.createdAt));

  let remaining = options.upTo === undefined ? null : hundredths(options.upTo);
  const take = (payment: Payment) => {
    const amount = remaining === null ? heldOf(payment) : minOf(heldOf(payment), remaining);
    if (remaining !== null) remaining -= amount;
    return amount;
  };
  const due = rows.map((row) => ({ ...row, amount: take(row.payment) })).filter((row) => row.amount > 0n);
  const waiting = (list: typeof due) => decimalOf(list.reduce((sum, row) => sum + row.amount, 0n));

  const frozen = due.filter((row) => row.payment.status === 'disputed');
  await markBlocked(
    ctx,
    frozen.map((row) => row.payment.id),
    releaseBlockedReasons.cardDispute,
  );
  const releasable = due.filter((row) => row.payment.status !== 'disputed');
  const account = releasable[0]?.account;
  const accountReady = (payment: Payment) => account?.payoutsEnabled && account.gateway === payment.gateway;
  const blocked = releasable.filter((row) => !accountReady(row.payment));
  if (blocked.length > 0) {
    await markBlocked(
      ctx,
      releasable.map((row) => row.payment.id),
      releaseBlockedReasons.payoutsNotEnabled,
    );
    return { released: 0, waiting: waiting(releasable) };
  }

  let released = 0;
  for (const { payment, amount } of releasable) {
    const value = decimalOf(amount);
    const fee = platformFeeOf(value, payment.currency);
    const net = amount - hundredths(fee);
    // Read again right before the money moves: a dispute may have opened since the release was computed.
    if (await contractDisputed(ctx, contractId)) break;
    const transfer = await gatewayFor(payment.gateway, gateway, ctx.db).createTransfer({
      paymentId: payment.id,
      amountMinor: toGatewayAmount(decimalOf(net), payment.currency),
      releasedMinor: toGatewayAmount(payment.releasedAmount, payment.currency),
      currency: payment.currency,
      destination: account!.stripeAccountId,
      sourceTransaction: payment.stripeChargeId ?? '',
      transferGroup: contractId,
    });
    await withTransaction(ctx, async (tx) => {
      await recordRelease(tx, payment.id, { amount: value, fee, transferId: transfer.id });
      await tx.db
        .update(payments)
        .set({ releaseBlockedReason: null, releaseRequestedAt: null })
        .where(
          and(eq(payments.id, payment.id), or(isNotNull(payments.releaseBlockedReason), isNotNull(payments.releaseRequestedAt))),
        );
    });
    released += 1;
  }
  return { released, waiting: '0.00' };
}

/**
 * Marks a completed contract's held payments as due for release, inside the completing transaction; the
 * 'payments-settle' job (or a caller after commit) makes the transfers.
 */
export async function requestContractRelease(ctx: Ctx, contractId: string): Promise<number> {
  const marked = await ctx.db
    .update(payments)
    .set({ releaseRequestedAt: new Date() })
    .where(and(eq(payments.contractId, contractId), holdsMoney, isNull(payments.releaseRequestedAt)))
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

/** What may still be released on a contract: what a dispute decision left to release, or everything held. */
export async function releaseAllowanceOf(ctx: Ctx, contractId: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({
      resolution: contracts.disputeResolution,
      released: sql<string>`coalesce((select sum(${payments.releasedAmount}) from ${payments} where ${payments.contractId} = ${contracts.id}), 0)::text`,
    })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  const resolution = asResolution(row?.resolution ?? null);
  if (!resolution) return undefined;
  const left = hundredths(resolution.release_amount) - hundredths(row!.released);
  return decimalOf(left > 0n ? left : 0n);
}

/** Runs the releases that waited (requested, or blocked until the creator's payouts were enabled). */
export async function retryBlockedReleases(ctx: Ctx, userId: string, gateway?: PaymentGateway): Promise<number> {
  const due = await ctx.db
    .selectDistinct({ contractId: contracts.id })
    .from(payments)
    .innerJoin(contracts, eq(contracts.id, payments.contractId))
    .where(
      and(eq(payments.payeeId, userId), isNotNull(payments.releaseRequestedAt), holdsMoney, ne(contracts.status, 'disputed')),
    );
  return eachSettled(
    due.map((row) => row.contractId),
    async (contractId) => {
      const upTo = await releaseAllowanceOf(ctx, contractId);
      if (upTo !== undefined && hundredths(upTo) === 0n) return 0;
      return (await releaseContractPayments(ctx, contractId, { upTo }, gateway ?? paymentGateway(ctx.db))).released;
    },
    'retrying a release',
  );
}
