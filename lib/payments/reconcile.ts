import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { ledgerEntries, moneyMovements, payments, reconciliationIssues, type Payment } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { isRecordId } from '@/lib/campaigns/queries';
import { eachSettled, gatewayFor } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { compareCharge, compareTransfers, isInFlight, type BookedPayment, type Finding } from './reconcile-findings';
import type { ResolveReconciliationIssueInput } from './schemas';

/** Pending money movements of these payments: what they sent to the gateway is in flight, not a difference. */
async function pendingMovementsOf(ctx: Ctx, paymentIds: string[]): Promise<Set<string>> {
  const rows = await ctx.db
    .select({ id: moneyMovements.id })
    .from(moneyMovements)
    .where(and(eq(moneyMovements.status, 'pending'), inArray(moneyMovements.paymentId, paymentIds)));
  return new Set(rows.map((row) => row.id));
}

/** The payments with their release and refund ledger entries. */
async function bookedPayments(ctx: Ctx, own: Payment[]): Promise<BookedPayment[]> {
  const entries = await ctx.db
    .select({
      paymentId: ledgerEntries.paymentId,
      kind: ledgerEntries.kind,
      reference: ledgerEntries.reference,
      amount: ledgerEntries.amount,
      net: sql<string>`(${ledgerEntries.amount} - ${ledgerEntries.fee})::text`,
    })
    .from(ledgerEntries)
    .where(
      and(
        inArray(ledgerEntries.kind, ['release', 'refund']),
        inArray(
          ledgerEntries.paymentId,
          own.map((row) => row.id),
        ),
      ),
    );
  return own.map((payment) => {
    const mine = entries.filter((entry) => entry.paymentId === payment.id);
    const of = (kind: 'release' | 'refund', value: 'net' | 'amount') =>
      new Map(mine.filter((entry) => entry.kind === kind).map((entry) => [entry.reference, entry[value]]));
    return { payment, releases: of('release', 'net'), refunds: of('refund', 'amount') };
  });
}

async function reconcileContract(ctx: Ctx, contractId: string, gateway: PaymentGateway, now: Date): Promise<number> {
  const rows = await ctx.db.select().from(payments).where(eq(payments.contractId, contractId));
  const kinds = new Set(rows.map((row) => row.gateway));
  const findings: Finding[] = [];
  for (const kind of kinds) {
    const own = rows.filter((row) => row.gateway === kind);
    const remote = await gatewayFor(kind, gateway, ctx.db).listByTransferGroup(contractId);
    const booked = await bookedPayments(ctx, own);
    const pendingMovements = await pendingMovementsOf(
      ctx,
      own.map((row) => row.id),
    );
    const transfers = new Map(remote.transfers.map((transfer) => [transfer.id, transfer]));
    const known = new Set<string>();
    for (const ours of booked) {
      const { payment } = ours;
      const charge = remote.charges.find(
        (c) =>
          (payment.stripeChargeId && c.id === payment.stripeChargeId) ||
          (payment.stripePaymentIntentId && c.paymentIntentId === payment.stripePaymentIntentId),
      );
      if (charge) known.add(charge.id);
      findings.push(...compareCharge(ours, charge, pendingMovements));
      findings.push(...compareTransfers(ours, transfers));
    }
    for (const charge of remote.charges.filter((c) => !known.has(c.id) && c.capturedMinor > 0)) {
      findings.push({
        paymentId: null,
        kind: 'missing_locally',
        details: { chargeId: charge.id, gateway: charge.capturedMinor },
      });
    }
    const ourTransfers = new Set(booked.flatMap((ours) => [...ours.releases.keys()]));
    const unknown = remote.transfers.filter((t) => !ourTransfers.has(t.id) && !isInFlight(t, pendingMovements));
    for (const transfer of unknown) {
      findings.push({
        paymentId: null,
        kind: 'transfer_mismatch',
        details: { transferId: transfer.id, field: 'unknown', gateway: transfer.amountMinor },
      });
    }
  }
  let inserted = 0;
  for (const finding of findings) inserted += await flag(ctx, contractId, finding, now);
  return inserted;
}

/**
 * Inserts the issue unless an identical one (same contract, payment, kind and details) was raised before, open or
 * resolved: staff who resolved a difference are not asked again every hour. A changed difference is a new issue.
 */
async function flag(ctx: Ctx, contractId: string, finding: Finding, now: Date): Promise<number> {
  const details = JSON.stringify(finding.details);
  const result = await ctx.db.execute(sql`
    insert into ${reconciliationIssues} (payment_id, contract_id, kind, details, detected_at)
    select ${finding.paymentId}::uuid, ${contractId}::uuid, ${finding.kind}, ${details}::jsonb, ${now.toISOString()}::timestamptz
    where not exists (
      select 1 from ${reconciliationIssues}
      where contract_id = ${contractId}::uuid and payment_id is not distinct from ${finding.paymentId}::uuid
        and kind = ${finding.kind} and details = ${details}::jsonb
    )`);
  return (result as unknown as { count?: number }).count ?? 0;
}

/** The hourly job: compares every contract's payments with the gateway (by transfer group) and flags differences. */
export async function reconcilePayments(
  ctx: Ctx,
  now: Date = new Date(),
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<{ contracts: number; issues: number }> {
  const due = await ctx.db
    .selectDistinct({ contractId: payments.contractId })
    .from(payments)
    .where(and(ne(payments.status, 'pending'), sql`${payments.contractId} is not null`));
  const ids = due.map((row) => row.contractId!);
  const issues = await eachSettled(
    ids,
    (contractId) => reconcileContract(ctx, contractId, gateway, now),
    'reconciling a contract',
  );
  return { contracts: ids.length, issues };
}

/** Staff close an issue with a note saying how it was settled. */
export async function resolveReconciliationIssue(ctx: ActorCtx, input: ResolveReconciliationIssueInput): Promise<void> {
  if (ctx.actor.role !== 'admin') throw new ForbiddenError('Only Pactly admins can resolve reconciliation issues.');
  if (!isRecordId(input.issueId)) throw new NotFoundError('Reconciliation issue not found.');
  await withTransaction(ctx, async (tx) => {
    const [issue] = await tx.db
      .select()
      .from(reconciliationIssues)
      .where(eq(reconciliationIssues.id, input.issueId))
      .for('update');
    if (!issue) throw new NotFoundError('Reconciliation issue not found.');
    if (issue.resolvedAt) throw new ConflictError('This issue is already resolved.');
    const changes = { resolvedAt: new Date(), resolvedBy: ctx.actor.userId, note: input.note };
    await tx.db
      .update(reconciliationIssues)
      .set(changes)
      .where(and(eq(reconciliationIssues.id, issue.id), isNull(reconciliationIssues.resolvedAt)));
    await recordAudit(tx, {
      action: 'resolve_reconciliation_issue',
      resourceType: 'reconciliation_issue',
      resourceId: issue.id,
      metadata: diffFields(issue, changes),
    });
  });
}
