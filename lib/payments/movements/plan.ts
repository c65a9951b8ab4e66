import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import {
  contracts,
  moneyMovementKinds,
  moneyMovements,
  payments,
  type MoneyMovementCause,
  type MoneyMovementKind,
  type Payment,
} from '@/db/schema';
import { asResolution, type DisputeResolution } from '@/lib/disputes/evidence';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { decimalOf, hundredths, minOf } from '../flow-support';
import { unreservedOf } from '../ledger';
import { platformFeeOf } from '../money';
import { capturedStatuses, isCaptured } from '../state';

/** Payments whose escrow holds money that no pending movement has claimed yet. */
export const unreservedSql = sql<string>`(${payments.amount} - ${payments.releasedAmount} - ${payments.refundedAmount} - ${payments.reservedAmount})`;

/**
 * Serialises planning for one contract across transactions and workers (held until the transaction ends), so two
 * settlement runs cannot both promise the same held money.
 */
export async function lockContractSettlement(ctx: Ctx, contractId: string): Promise<void> {
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`settle:${contractId}`}, 0))`);
}

/**
 * Writes a release or refund intent and reserves its amount on the payment, in the caller's transaction (which must
 * hold the contract's settlement lock). The gateway is called later, after commit, with a key derived from its id.
 */
export async function planMovement(
  ctx: Ctx,
  payment: Payment,
  movement: { kind: MoneyMovementKind; amount: bigint; cause: MoneyMovementCause; decidedAt?: Date },
): Promise<string> {
  const [locked] = await ctx.db.select().from(payments).where(eq(payments.id, payment.id)).for('update');
  if (!locked || movement.amount <= 0n || movement.amount > unreservedOf(locked))
    throw new ConflictError('The payment no longer holds that much money for a new release or refund.');
  const amount = decimalOf(movement.amount);
  const fee = movement.kind === 'release' ? platformFeeOf(amount, locked.currency) : '0.00';
  const [created] = await ctx.db
    .insert(moneyMovements)
    .values({
      paymentId: locked.id,
      contractId: locked.contractId,
      kind: movement.kind,
      cause: movement.cause,
      decidedAt: movement.decidedAt ?? null,
      amount,
      fee,
      currency: locked.currency,
    })
    .returning({ id: moneyMovements.id });
  const reservedAmount = decimalOf(hundredths(locked.reservedAmount) + movement.amount);
  await ctx.db.update(payments).set({ reservedAmount, updatedAt: new Date() }).where(eq(payments.id, locked.id));
  await recordAudit(ctx, {
    action: movement.kind === 'release' ? 'plan_payment_release' : 'plan_payment_refund',
    resourceType: 'payment',
    resourceId: locked.id,
    bySystem: ctx.actor === null,
    metadata: {
      contractId: locked.contractId,
      movementId: created!.id,
      cause: movement.cause,
      amount,
      fee,
      currency: locked.currency,
      before: { reservedAmount: locked.reservedAmount },
      after: { reservedAmount },
    },
  });
  return created!.id;
}

/** The contract's payments with unclaimed held money, in the order a kind of movement takes them. */
async function paymentsWithUnreservedMoney(ctx: Ctx, contractId: string, order: 'first' | 'last') {
  const direction = order === 'first' ? asc : desc;
  return ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.contractId, contractId), inArray(payments.status, capturedStatuses), gt(unreservedSql, sql`0`)))
    .orderBy(direction(payments.milestoneIndex), direction(payments.createdAt));
}

/**
 * Plans the contract's unclaimed held money: first what its dispute decision allocated and no movement carries any
 * more (one was refused or gave way to a fact from Stripe), then the rest as its status says: a completed contract
 * releases it, a terminated one refunds it, any other status holds it.
 */
export async function planContractSettlement(ctx: Ctx, contractId: string): Promise<number> {
  await lockContractSettlement(ctx, contractId);
  const [contract] = await ctx.db
    .select({ status: contracts.status, resolution: contracts.disputeResolution })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  if (!contract) return 0;
  const decided =
    contract.status === 'disputed' ? 0 : await planOutstandingDecision(ctx, contractId, asResolution(contract.resolution));
  const kind = contract.status === 'completed' ? 'release' : contract.status === 'terminated' ? 'refund' : null;
  if (!kind) return decided;
  const cause = kind === 'release' ? 'contract_completed' : 'contract_terminated';
  const due = await paymentsWithUnreservedMoney(ctx, contractId, kind === 'release' ? 'first' : 'last');
  for (const payment of due) await planMovement(ctx, payment, { kind, amount: unreservedOf(payment), cause });
  return decided + due.length;
}

/** Replans each payment's part of the decision that no pending or succeeded movement of that decision covers. */
async function planOutstandingDecision(ctx: Ctx, contractId: string, resolution: DisputeResolution | null): Promise<number> {
  if (!resolution?.allocations?.length) return 0;
  const decidedAt = new Date(resolution.resolved_at);
  const covered = await ctx.db
    .select({
      paymentId: moneyMovements.paymentId,
      kind: moneyMovements.kind,
      amount: sql<string>`sum(${moneyMovements.amount})::text`,
    })
    .from(moneyMovements)
    .where(
      and(
        eq(moneyMovements.contractId, contractId),
        eq(moneyMovements.decidedAt, decidedAt),
        inArray(moneyMovements.status, ['pending', 'succeeded']),
      ),
    )
    .groupBy(moneyMovements.paymentId, moneyMovements.kind);
  const coveredOf = (paymentId: string, kind: MoneyMovementKind) =>
    hundredths(covered.find((row) => row.paymentId === paymentId && row.kind === kind)?.amount ?? '0');
  let planned = 0;
  for (const allocation of resolution.allocations) {
    for (const kind of moneyMovementKinds) {
      const [payment] = await ctx.db.select().from(payments).where(eq(payments.id, allocation.payment_id)).for('update');
      const amount = minOf(hundredths(allocation[kind]) - coveredOf(allocation.payment_id, kind), unreservedOf(payment!));
      if (amount <= 0n || !isCaptured(payment!.status)) continue;
      await planMovement(ctx, payment!, { kind, amount, cause: 'dispute_decision', decidedAt });
      planned += 1;
    }
  }
  return planned;
}

export interface DecisionPlan {
  allocations: { payment_id: string; release: string; refund: string }[];
  movementIds: string[];
  release: string;
  refund: string;
}

/**
 * A dispute decision becomes movements of the money held when it is made, in the deciding transaction: the release
 * takes the earliest milestones, the refund the latest. Money captured later follows the contract's status instead.
 */
export async function planDisputeDecision(
  ctx: Ctx,
  contractId: string,
  decision: { release: string; refund: string; decidedAt: Date },
): Promise<DecisionPlan> {
  await lockContractSettlement(ctx, contractId);
  const plan: DecisionPlan = { allocations: [], movementIds: [], release: '0.00', refund: '0.00' };
  const allocation = new Map<string, { release: bigint; refund: bigint }>();
  const take = async (kind: MoneyMovementKind, wanted: bigint, order: 'first' | 'last') => {
    let left = wanted;
    for (const payment of await paymentsWithUnreservedMoney(ctx, contractId, order)) {
      const amount = minOf(unreservedOf(payment), left);
      if (amount <= 0n) break;
      const movement = { kind, amount, cause: 'dispute_decision' as const, decidedAt: decision.decidedAt };
      plan.movementIds.push(await planMovement(ctx, payment, movement));
      const parts = allocation.get(payment.id) ?? { release: 0n, refund: 0n };
      parts[kind] += amount;
      allocation.set(payment.id, parts);
      left -= amount;
    }
    return wanted - left;
  };
  plan.release = decimalOf(await take('release', hundredths(decision.release), 'first'));
  plan.refund = decimalOf(await take('refund', hundredths(decision.refund), 'last'));
  plan.allocations = [...allocation].map(([paymentId, parts]) => ({
    payment_id: paymentId,
    release: decimalOf(parts.release),
    refund: decimalOf(parts.refund),
  }));
  return plan;
}
