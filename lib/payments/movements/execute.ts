import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { contracts, moneyMovements, payments, payoutAccounts, reconciliationIssues, type MoneyMovement } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { DomainError } from '@/lib/errors';
import { decimalOf, eachSettled, gatewayFor, hundredths } from '../flow-support';
import { paymentGateway } from '../gateway/index';
import type { GatewayMovement, PaymentGateway } from '../gateway/types';
import { lockPayment } from '../ledger';
import { toGatewayAmount } from '../money';
import { completeMovement, failMovement } from './complete';
import { askCreatorToSetUpPayouts } from './waiting-notices';

export const movementBlockedReasons = {
  payoutsNotEnabled: 'The creator has not finished setting up payouts.',
  cardDispute: 'A card dispute is open on this payment.',
  contractDisputed: 'The contract is disputed: Pactly staff decide where the money goes.',
  reconciliation: 'Pactly staff are checking a difference with Stripe on this payment.',
  noPaymentIntent: 'The payment has no Stripe PaymentIntent to refund.',
} as const;

/** Stripe forgets idempotency keys after about 24 hours: an older call is looked up before it is made again. */
const keyLifetimeMs = 23 * 60 * 60 * 1000;

/** A lookup that failed says nothing about whether the movement was made: never a reason to give it up. */
class LookupFailed extends Error {}

async function lookUp(gateway: PaymentGateway, query: Parameters<PaymentGateway['findMovement']>[0]) {
  try {
    return await gateway.findMovement(query);
  } catch (error) {
    throw new LookupFailed(
      `Looking up the movement at the gateway failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A refusal that retrying cannot change (nothing moved); network errors, 409s, 429s and 5xx are retried. */
export function isDefinitiveRefusal(error: unknown): boolean {
  if (error instanceof LookupFailed) return false;
  if (error instanceof RangeError || error instanceof DomainError) return true;
  const { statusCode, type } = (error ?? {}) as { statusCode?: number; type?: string };
  if (type === 'StripeIdempotencyError' || statusCode === undefined) return false;
  return statusCode >= 400 && statusCode < 500 && statusCode !== 409 && statusCode !== 429;
}

async function movementContext(ctx: Ctx, movementId: string) {
  const [row] = await ctx.db
    .select({
      movement: moneyMovements,
      payment: payments,
      contractStatus: contracts.status,
      account: payoutAccounts,
      openIssue: sql<boolean>`exists (select 1 from ${reconciliationIssues} where ${reconciliationIssues.paymentId} = ${payments.id} and ${reconciliationIssues.resolvedAt} is null)`,
    })
    .from(moneyMovements)
    .innerJoin(payments, eq(payments.id, moneyMovements.paymentId))
    .leftJoin(contracts, eq(contracts.id, moneyMovements.contractId))
    .leftJoin(payoutAccounts, eq(payoutAccounts.userId, payments.payeeId))
    .where(eq(moneyMovements.id, movementId));
  return row;
}
type MovementContext = NonNullable<Awaited<ReturnType<typeof movementContext>>>;

/** Why an unsent movement must wait, or null when it may go out now. */
function blockedReasonOf({ movement, payment, contractStatus, account, openIssue }: MovementContext): string | null {
  if (payment.status === 'disputed') return movementBlockedReasons.cardDispute;
  if (contractStatus === 'disputed') return movementBlockedReasons.contractDisputed;
  if (openIssue) return movementBlockedReasons.reconciliation;
  if (movement.kind === 'release' && !(account?.payoutsEnabled && account.gateway === payment.gateway))
    return movementBlockedReasons.payoutsNotEnabled;
  if (movement.kind === 'refund' && !payment.stripePaymentIntentId) return movementBlockedReasons.noPaymentIntent;
  return null;
}

/** Whether an earlier release of the payment already waited for the creator's payouts (and so asked for them). */
async function askedBefore(ctx: Ctx, movement: MoneyMovement): Promise<boolean> {
  const [earlier] = await ctx.db
    .select({ id: moneyMovements.id })
    .from(moneyMovements)
    .where(
      and(
        eq(moneyMovements.paymentId, movement.paymentId),
        ne(moneyMovements.id, movement.id),
        eq(moneyMovements.blockedReason, movementBlockedReasons.payoutsNotEnabled),
      ),
    )
    .limit(1);
  return earlier !== undefined;
}

async function markBlocked(ctx: Ctx, { movement, payment }: MovementContext, reason: string): Promise<void> {
  if (movement.blockedReason === reason) return;
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(moneyMovements)
      .set({ blockedReason: reason, updatedAt: new Date() })
      .where(and(eq(moneyMovements.id, movement.id), eq(moneyMovements.status, 'pending')));
    if (movement.kind === 'release') {
      await tx.db
        .update(payments)
        .set({ releaseBlockedReason: reason, releaseRequestedAt: sql`coalesce(${payments.releaseRequestedAt}, now())` })
        .where(eq(payments.id, payment.id));
      // Once per payment: when its first release starts waiting for payouts, not at every run nor for a re-plan.
      if (reason === movementBlockedReasons.payoutsNotEnabled && !(await askedBefore(tx, movement))) {
        await askCreatorToSetUpPayouts(tx, payment.payeeId, movement);
      }
    }
  });
}

/**
 * Checks what blocks an unsent movement and marks it sent, fixing the call's parameters, in one transaction under the
 * contract's and the payment's locks: a dispute cannot open between the check and the send.
 */
async function claimUnblocked(
  ctx: Ctx,
  movementId: string,
): Promise<'none' | 'blocked' | { claimed: MoneyMovement; context: MovementContext }> {
  return withTransaction(ctx, async (tx) => {
    const [owner] = await tx.db
      .select({ paymentId: moneyMovements.paymentId, contractId: moneyMovements.contractId })
      .from(moneyMovements)
      .where(eq(moneyMovements.id, movementId));
    if (!owner) return 'none';
    if (owner.contractId)
      await tx.db.select({ id: contracts.id }).from(contracts).where(eq(contracts.id, owner.contractId)).for('share');
    await lockPayment(tx, owner.paymentId);
    const context = await movementContext(tx, movementId);
    if (!context || context.movement.status !== 'pending') return 'none';
    if (!context.movement.sentAt) {
      const reason = blockedReasonOf(context);
      if (reason) {
        await markBlocked(tx, context, reason);
        return 'blocked';
      }
    }
    const [claimed] = await tx.db
      .update(moneyMovements)
      .set({
        sentAt: sql`coalesce(${moneyMovements.sentAt}, now())`,
        destination: sql`coalesce(${moneyMovements.destination}, ${context.account?.stripeAccountId ?? null})`,
        attempts: sql`${moneyMovements.attempts} + 1`,
        blockedReason: null,
        updatedAt: new Date(),
      })
      .where(eq(moneyMovements.id, movementId))
      .returning();
    return { claimed: claimed!, context };
  });
}

async function call(gateway: PaymentGateway, movement: MoneyMovement, context: MovementContext): Promise<GatewayMovement> {
  const { payment } = context;
  const sentLongAgo = context.movement.sentAt && Date.now() - context.movement.sentAt.getTime() > keyLifetimeMs;
  if (sentLongAgo) {
    const found = await lookUp(gateway, {
      kind: movement.kind,
      movementId: movement.id,
      transferGroup: payment.contractId ?? '',
      paymentIntentId: payment.stripePaymentIntentId,
    });
    if (found) return found;
  }
  if (movement.kind === 'release') {
    const net = decimalOf(hundredths(movement.amount) - hundredths(movement.fee));
    const transfer = await gateway.createTransfer({
      movementId: movement.id,
      paymentId: payment.id,
      amountMinor: toGatewayAmount(net, movement.currency),
      currency: movement.currency,
      destination: movement.destination ?? '',
      sourceTransaction: payment.stripeChargeId ?? '',
      transferGroup: payment.contractId ?? '',
    });
    return { id: transfer.id, status: 'succeeded' };
  }
  return gateway.createRefund({
    movementId: movement.id,
    paymentId: payment.id,
    paymentIntentId: payment.stripePaymentIntentId ?? '',
    amountMinor: toGatewayAmount(movement.amount, movement.currency),
    reason: movement.cause === 'dispute_decision' ? 'dispute_resolved' : 'contract_terminated',
  });
}

export type ExecutionResult = 'completed' | 'blocked' | 'failed' | 'retry' | 'none';

/**
 * Sends one pending movement to the gateway (outside any transaction) and completes it exactly once. A movement
 * already sent is always sent again with the same key and parameters, whatever happened since: it may have gone out.
 */
export async function executeMovement(
  ctx: Ctx,
  movementId: string,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<ExecutionResult> {
  const claim = await claimUnblocked(ctx, movementId);
  if (claim === 'none' || claim === 'blocked') return claim;
  const { claimed, context } = claim;
  const payer = gatewayFor(context.payment.gateway, gateway, ctx.db);
  let made: GatewayMovement;
  try {
    made = await call(payer, claimed, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isDefinitiveRefusal(error)) {
      await withTransaction(ctx, (tx) => failMovement(tx, movementId, `The gateway refused the ${claimed.kind}: ${message}`));
      return 'failed';
    }
    await ctx.db
      .update(moneyMovements)
      .set({ lastError: message, updatedAt: new Date() })
      .where(eq(moneyMovements.id, movementId));
    throw error;
  }
  if (made.status === 'failed' || made.status === 'canceled') {
    await withTransaction(ctx, (tx) => failMovement(tx, movementId, `The gateway reported the ${claimed.kind} ${made.status}.`));
    return 'failed';
  }
  await withTransaction(ctx, (tx) => completeMovement(tx, movementId, made.id));
  return 'completed';
}

/** Sends every pending movement in scope, oldest first; one failure does not stop the others. */
export async function executePendingMovements(
  ctx: Ctx,
  scope: { contractId?: string; payeeId?: string } = {},
  gateway?: PaymentGateway,
): Promise<number> {
  const where: (SQL | undefined)[] = [
    eq(moneyMovements.status, 'pending'),
    scope.contractId ? eq(moneyMovements.contractId, scope.contractId) : undefined,
    scope.payeeId ? eq(payments.payeeId, scope.payeeId) : undefined,
  ];
  const pending = await ctx.db
    .select({ id: moneyMovements.id })
    .from(moneyMovements)
    .innerJoin(payments, eq(payments.id, moneyMovements.paymentId))
    .where(and(...where))
    .orderBy(asc(moneyMovements.createdAt));
  return eachSettled(
    pending.map((row) => row.id),
    async (id) => ((await executeMovement(ctx, id, gateway ?? paymentGateway(ctx.db))) === 'completed' ? 1 : 0),
    'sending a money movement',
  );
}
