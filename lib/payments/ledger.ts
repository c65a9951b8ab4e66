import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, ledgerEntries, payments, type LedgerEntryKind, type Payment } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { isRecordId } from '@/lib/campaigns/queries';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import type { Ctx } from '@/lib/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { canMove, escrowStatusOf, isCaptured, settledStatus } from './state';

/** 'duplicate': the movement's reference was recorded before, so nothing changed. */
export type LedgerResult = 'recorded' | 'duplicate';

const amountPattern = /^\d{1,17}(\.\d{1,2})?$/;

function minorOf(label: string, amount: string): bigint {
  if (!amountPattern.test(amount)) throw new ValidationError(`The ${label} must be an amount such as 120 or 120.50.`);
  return toMinorUnits(amount);
}

/** The payment row, locked until the transaction ends, so movements on one payment run one after another. */
export async function lockPayment(ctx: Ctx, paymentId: string): Promise<Payment> {
  if (!isRecordId(paymentId)) throw new NotFoundError('Payment not found.');
  const [payment] = await ctx.db.select().from(payments).where(eq(payments.id, paymentId)).for('update');
  if (!payment) throw new NotFoundError('Payment not found.');
  return payment;
}

/** A repeat of a recorded movement is a no-op; the same reference on another payment is a bug worth stopping. */
async function alreadyRecorded(ctx: Ctx, payment: Payment, kind: LedgerEntryKind, reference: string): Promise<boolean> {
  if (!reference.trim()) throw new ValidationError(`A ${kind} needs the reference of its gateway object.`);
  const [entry] = await ctx.db
    .select({ paymentId: ledgerEntries.paymentId })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.kind, kind), eq(ledgerEntries.reference, reference)));
  if (!entry) return false;
  if (entry.paymentId !== payment.id) throw new ConflictError(`The ${kind} ${reference} belongs to another payment.`);
  return true;
}

async function writeMovement(
  ctx: Ctx,
  payment: Payment,
  movement: { kind: LedgerEntryKind; amount: string; fee?: string; reference: string; action: string; movementId?: string },
  changes: Partial<Payment>,
): Promise<void> {
  await ctx.db.insert(ledgerEntries).values({
    paymentId: payment.id,
    contractId: payment.contractId,
    organizationId: payment.payerId,
    kind: movement.kind,
    amount: movement.amount,
    fee: movement.fee ?? '0',
    currency: payment.currency,
    reference: movement.reference,
    movementId: movement.movementId ?? null,
  });
  await ctx.db
    .update(payments)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(payments.id, payment.id));
  await recordAudit(ctx, {
    action: movement.action,
    resourceType: 'payment',
    resourceId: payment.id,
    bySystem: ctx.actor === null,
    metadata: {
      ...diffFields(payment, changes),
      contractId: payment.contractId,
      amount: movement.amount,
      ...(movement.fee ? { fee: movement.fee } : {}),
      currency: payment.currency,
      reference: movement.reference,
      ...(movement.movementId ? { movementId: movement.movementId } : {}),
    },
  });
}

/** The captured money enters escrow (held) and counts against the campaign budget, in the caller's transaction. */
export async function recordCapture(
  ctx: Ctx,
  paymentId: string,
  input: { chargeId: string; paymentIntentId?: string | null; at?: Date; received?: string },
): Promise<LedgerResult> {
  const payment = await lockPayment(ctx, paymentId);
  if (await alreadyRecorded(ctx, payment, 'capture', input.chargeId)) return 'duplicate';
  if (!canMove(payment.status, 'captured')) throw new ConflictError(`A ${payment.status} payment cannot be captured.`);
  // A capture of less than was authorized (made in the Stripe dashboard) funds only what Stripe received.
  const partial = input.received !== undefined && toMinorUnits(input.received) < toMinorUnits(payment.amount);
  const amount = partial ? input.received! : payment.amount;
  await writeMovement(
    ctx,
    payment,
    { kind: 'capture', amount, reference: input.chargeId, action: 'capture_payment' },
    {
      ...(partial ? { amount, metadata: { ...payment.metadata, authorized_amount: payment.amount } } : {}),
      status: 'captured',
      escrowStatus: 'held',
      stripeChargeId: input.chargeId,
      stripePaymentIntentId: payment.stripePaymentIntentId ?? input.paymentIntentId ?? null,
      capturedAt: input.at ?? new Date(),
    },
  );
  await ctx.db
    .update(campaigns)
    .set({ budgetSpent: sql`${campaigns.budgetSpent} + ${amount}::numeric` })
    .where(eq(campaigns.id, payment.campaignId));
  return 'recorded';
}

/** Money in escrow not yet promised to a pending movement, in hundredths. */
export function unreservedOf(payment: Pick<Payment, 'amount' | 'releasedAmount' | 'refundedAmount' | 'reservedAmount'>): bigint {
  return (
    toMinorUnits(payment.amount) -
    toMinorUnits(payment.releasedAmount) -
    toMinorUnits(payment.refundedAmount) -
    toMinorUnits(payment.reservedAmount)
  );
}

/**
 * Amounts after moving `released`/`refunded` more out of escrow (`unreserved`: the part a pending movement had
 * reserved), refused when more would leave than was captured. A payment under a card dispute stays disputed: what it
 * returns to when the dispute is won follows the amounts.
 */
function afterMovement(
  payment: Payment,
  more: { released?: bigint; refunded?: bigint; unreserved?: bigint },
  { endsDispute = false } = {},
) {
  const amounts = {
    amount: toMinorUnits(payment.amount),
    released: toMinorUnits(payment.releasedAmount) + (more.released ?? 0n),
    refunded: toMinorUnits(payment.refundedAmount) + (more.refunded ?? 0n),
  };
  const reserved = toMinorUnits(payment.reservedAmount) - (more.unreserved ?? 0n);
  if (amounts.released + amounts.refunded + reserved > amounts.amount) {
    throw new ConflictError(
      `Only ${fromMinorUnits(unreservedOf(payment))} ${payment.currency} is held for this payment and not promised elsewhere: released and refunded cannot exceed what was captured.`,
    );
  }
  const status = settledStatus(amounts);
  const frozen = payment.status === 'disputed' && !endsDispute;
  if (!frozen && payment.status !== status && !canMove(payment.status, status)) {
    throw new ConflictError(`A ${payment.status} payment cannot become ${status}.`);
  }
  return {
    status: frozen ? ('disputed' as const) : status,
    statusBeforeDispute: frozen ? status : null,
    escrowStatus: escrowStatusOf(amounts),
    releasedAmount: fromMinorUnits(amounts.released),
    refundedAmount: fromMinorUnits(amounts.refunded),
    reservedAmount: fromMinorUnits(reserved),
  };
}

/**
 * Movements decided outside a movement intent wait for a card dispute to close. A movement intent the gateway
 * completed is recorded whatever happened since: the money has moved.
 */
function assertMovable(payment: Payment, verb: string, movementId: string | undefined): void {
  if (payment.status === 'disputed' && !movementId)
    throw new ConflictError(`The payment is frozen by a card dispute: it cannot be ${verb}.`);
  if (!isCaptured(payment.status)) throw new ConflictError(`A ${payment.status} payment has nothing in escrow to be ${verb}.`);
}

/** Money leaves escrow to the creator's connected account; `fee` is the platform's part of `amount`. */
export async function recordRelease(
  ctx: Ctx,
  paymentId: string,
  input: { amount: string; fee: string; transferId: string; movementId?: string },
): Promise<LedgerResult> {
  const amount = minorOf('release amount', input.amount);
  const fee = minorOf('platform fee', input.fee);
  if (amount <= 0n) throw new ValidationError('A release must move more than zero.');
  if (fee > amount) throw new ValidationError('The platform fee cannot exceed the released amount.');
  const payment = await lockPayment(ctx, paymentId);
  if (await alreadyRecorded(ctx, payment, 'release', input.transferId)) return 'duplicate';
  assertMovable(payment, 'released', input.movementId);
  const now = new Date();
  await writeMovement(
    ctx,
    payment,
    {
      kind: 'release',
      amount: fromMinorUnits(amount),
      fee: fromMinorUnits(fee),
      reference: input.transferId,
      action: 'release_payment',
      movementId: input.movementId,
    },
    {
      ...afterMovement(payment, { released: amount, unreserved: input.movementId ? amount : 0n }),
      platformFee: fromMinorUnits(toMinorUnits(payment.platformFee) + fee),
      stripeTransferId: input.transferId,
      escrowReleasedAt: now,
      releaseBlockedReason: null,
    },
  );
  return 'recorded';
}

/** Money goes back to the brand's card. */
export async function recordRefund(
  ctx: Ctx,
  paymentId: string,
  input: { amount: string; refundId: string; movementId?: string },
): Promise<LedgerResult> {
  const amount = minorOf('refund amount', input.amount);
  if (amount <= 0n) throw new ValidationError('A refund must move more than zero.');
  const payment = await lockPayment(ctx, paymentId);
  if (await alreadyRecorded(ctx, payment, 'refund', input.refundId)) return 'duplicate';
  assertMovable(payment, 'refunded', input.movementId);
  await writeMovement(
    ctx,
    payment,
    {
      kind: 'refund',
      amount: fromMinorUnits(amount),
      reference: input.refundId,
      action: 'refund_payment',
      movementId: input.movementId,
    },
    {
      ...afterMovement(payment, { refunded: amount, unreserved: input.movementId ? amount : 0n }),
      refundedAt: new Date(),
    },
  );
  return 'recorded';
}

/**
 * A card dispute lost: the network returned up to `amount` to the cardholder from what escrow still held (money
 * already transferred to the creator is the platform's loss, left to reconciliation). Ends the dispute.
 */
export async function recordDisputeLoss(
  ctx: Ctx,
  paymentId: string,
  input: { amount: string; disputeId: string },
): Promise<{ result: LedgerResult; refunded: string }> {
  const claimed = minorOf('disputed amount', input.amount);
  const payment = await lockPayment(ctx, paymentId);
  if (await alreadyRecorded(ctx, payment, 'refund', input.disputeId)) return { result: 'duplicate', refunded: '0.00' };
  if (!isCaptured(payment.status)) throw new ConflictError(`A ${payment.status} payment cannot lose a card dispute.`);
  const held = unreservedOf(payment);
  const refunded = claimed < held ? claimed : held;
  if (refunded <= 0n) {
    await endCardDispute(ctx, payment, 'lost');
    return { result: 'recorded', refunded: '0.00' };
  }
  await writeMovement(
    ctx,
    payment,
    { kind: 'refund', amount: fromMinorUnits(refunded), reference: input.disputeId, action: 'refund_payment' },
    { ...afterMovement(payment, { refunded }, { endsDispute: true }), refundedAt: new Date() },
  );
  return { result: 'recorded', refunded: fromMinorUnits(refunded) };
}

/** Ends a card dispute without moving money: back to where it was (won) or to what its amounts say (lost). */
export async function endCardDispute(ctx: Ctx, payment: Payment, outcome: 'won' | 'lost'): Promise<void> {
  if (payment.status !== 'disputed') return;
  const status =
    outcome === 'won' && payment.statusBeforeDispute
      ? payment.statusBeforeDispute
      : settledStatus({
          amount: toMinorUnits(payment.amount),
          released: toMinorUnits(payment.releasedAmount),
          refunded: toMinorUnits(payment.refundedAmount),
        });
  const changes = { status, statusBeforeDispute: null };
  await ctx.db
    .update(payments)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(payments.id, payment.id));
  await recordAudit(ctx, {
    action: outcome === 'won' ? 'win_card_dispute' : 'lose_card_dispute',
    resourceType: 'payment',
    resourceId: payment.id,
    bySystem: ctx.actor === null,
    metadata: { ...diffFields(payment, changes), contractId: payment.contractId },
  });
}

export interface EscrowBalance {
  currency: string;
  captured: string;
  released: string;
  refunded: string;
  held: string;
  fees: string;
}

const sumOf = (kind: LedgerEntryKind) =>
  sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = ${kind}), 0)`;

/** Escrow per currency of one contract or one organization, from the ledger in one grouped query. */
export async function escrowBalances(
  db: Executor,
  scope: { contractId: string } | { organizationId: string },
): Promise<EscrowBalance[]> {
  const where: SQL =
    'contractId' in scope
      ? eq(ledgerEntries.contractId, scope.contractId)
      : eq(ledgerEntries.organizationId, scope.organizationId);
  const money = (expression: SQL) => sql<string>`(${expression})::numeric(19, 2)::text`;
  return db
    .select({
      currency: ledgerEntries.currency,
      captured: money(sumOf('capture')),
      released: money(sumOf('release')),
      refunded: money(sumOf('refund')),
      held: money(sql`${sumOf('capture')} - ${sumOf('release')} - ${sumOf('refund')}`),
      fees: money(sql`coalesce(sum(${ledgerEntries.fee}), 0)`),
    })
    .from(ledgerEntries)
    .where(where)
    .groupBy(ledgerEntries.currency)
    .orderBy(ledgerEntries.currency);
}
