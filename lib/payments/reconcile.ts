import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { ledgerEntries, payments, reconciliationIssues, type Payment, type ReconciliationIssue } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { isRecordId } from '@/lib/campaigns/queries';
import { eachSettled, gatewayFor } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { GatewayCharge, GatewayTransfer, PaymentGateway } from './gateway/types';
import { toGatewayAmount } from './money';
import { isCaptured } from './state';
import type { ResolveReconciliationIssueInput } from './schemas';

type Finding = Pick<ReconciliationIssue, 'kind' | 'details'> & { paymentId: string | null };

const minor = (amount: string, currency: string) => toGatewayAmount(amount, currency);

function compareCharge(payment: Payment, charge: GatewayCharge | undefined): Finding[] {
  const paymentId = payment.id;
  if (!charge) {
    return isCaptured(payment.status)
      ? [{ paymentId, kind: 'missing_at_gateway', details: { chargeId: payment.stripeChargeId } }]
      : [];
  }
  const findings: Finding[] = [];
  const expectedCaptured = isCaptured(payment.status) ? minor(payment.amount, payment.currency) : 0;
  if (charge.capturedMinor !== expectedCaptured) {
    const details = { chargeId: charge.id, field: 'captured', ours: expectedCaptured, gateway: charge.capturedMinor };
    findings.push({ paymentId, kind: expectedCaptured === 0 ? 'status_mismatch' : 'amount_mismatch', details });
  }
  const refunded = minor(payment.refundedAmount, payment.currency);
  if (charge.refundedMinor !== refunded) {
    findings.push({
      paymentId,
      kind: 'amount_mismatch',
      details: { chargeId: charge.id, field: 'refunded', ours: refunded, gateway: charge.refundedMinor },
    });
  }
  if (charge.disputed !== (payment.status === 'disputed')) {
    findings.push({
      paymentId,
      kind: 'status_mismatch',
      details: { chargeId: charge.id, field: 'disputed', ours: payment.status, gateway: charge.disputed },
    });
  }
  return findings;
}

function compareTransfers(payment: Payment, ours: Map<string, string>, transfers: Map<string, GatewayTransfer>): Finding[] {
  const findings: Finding[] = [];
  for (const [transferId, net] of ours) {
    const transfer = transfers.get(transferId);
    const expected = minor(net, payment.currency);
    if (!transfer)
      findings.push({
        paymentId: payment.id,
        kind: 'transfer_mismatch',
        details: { transferId, field: 'missing', ours: expected },
      });
    else if (transfer.amountMinor !== expected || transfer.reversedMinor > 0) {
      const details = {
        transferId,
        field: 'amount',
        ours: expected,
        gateway: transfer.amountMinor,
        reversed: transfer.reversedMinor,
      };
      findings.push({ paymentId: payment.id, kind: 'transfer_mismatch', details });
    }
  }
  return findings;
}

async function reconcileContract(ctx: Ctx, contractId: string, gateway: PaymentGateway, now: Date): Promise<number> {
  const rows = await ctx.db.select().from(payments).where(eq(payments.contractId, contractId));
  const kinds = new Set(rows.map((row) => row.gateway));
  const findings: Finding[] = [];
  for (const kind of kinds) {
    const own = rows.filter((row) => row.gateway === kind);
    const remote = await gatewayFor(kind, gateway, ctx.db).listByTransferGroup(contractId);
    const releases = await ctx.db
      .select({
        paymentId: ledgerEntries.paymentId,
        reference: ledgerEntries.reference,
        net: sql<string>`(${ledgerEntries.amount} - ${ledgerEntries.fee})::text`,
      })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.kind, 'release'),
          inArray(
            ledgerEntries.paymentId,
            own.map((row) => row.id),
          ),
        ),
      );
    const transfers = new Map(remote.transfers.map((transfer) => [transfer.id, transfer]));
    const known = new Set<string>();
    for (const payment of own) {
      const charge = remote.charges.find(
        (c) =>
          (payment.stripeChargeId && c.id === payment.stripeChargeId) ||
          (payment.stripePaymentIntentId && c.paymentIntentId === payment.stripePaymentIntentId),
      );
      if (charge) known.add(charge.id);
      findings.push(...compareCharge(payment, charge));
      const ours = new Map(releases.filter((r) => r.paymentId === payment.id).map((r) => [r.reference, r.net]));
      findings.push(...compareTransfers(payment, ours, transfers));
    }
    for (const charge of remote.charges.filter((c) => !known.has(c.id) && c.capturedMinor > 0)) {
      findings.push({
        paymentId: null,
        kind: 'missing_locally',
        details: { chargeId: charge.id, gateway: charge.capturedMinor },
      });
    }
    const ourTransfers = new Set(releases.map((r) => r.reference));
    for (const transfer of remote.transfers.filter((t) => !ourTransfers.has(t.id))) {
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

/** Inserts the issue unless an identical one is still open. */
async function flag(ctx: Ctx, contractId: string, finding: Finding, now: Date): Promise<number> {
  const details = JSON.stringify(finding.details);
  const result = await ctx.db.execute(sql`
    insert into ${reconciliationIssues} (payment_id, contract_id, kind, details, detected_at)
    select ${finding.paymentId}::uuid, ${contractId}::uuid, ${finding.kind}, ${details}::jsonb, ${now.toISOString()}::timestamptz
    where not exists (
      select 1 from ${reconciliationIssues}
      where contract_id = ${contractId}::uuid and payment_id is not distinct from ${finding.paymentId}::uuid
        and kind = ${finding.kind} and details = ${details}::jsonb and resolved_at is null
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
