import { eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { endOfferOfContract } from '@/lib/contracts/end-offer';
import { ConflictError, ValidationError } from '@/lib/errors';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import { toGatewayAmount } from '@/lib/payments/money';
import { fileDecisionShortfall } from '@/lib/payments/movements/decision-shortfall';
import { planDisputeDecision } from '@/lib/payments/movements/plan';
import { closeOpenPaymentsAfterTermination } from '@/lib/payments/close-open';
import { cancelUnsentMovements } from '@/lib/payments/movements/complete';
import { settleAfterCommit } from '@/lib/payments/settle';
import { contractLinks, lockContract } from '@/lib/submissions/contract-access';
import { releaseCampaignIfUndisputed } from './campaign-dispute';
import { requireDisputeStaff } from './staff';
import type { DisputeResolution } from './evidence';
import type { EscalateDisputeInput, ResolveDisputeInput } from './schemas';

const openDisputeStatuses = new Set(['pending', 'escalated']);

function checkAmounts(input: ResolveDisputeInput, price: string, currency: string) {
  const release = toMinorUnits(input.releaseAmount);
  const refund = toMinorUnits(input.refundAmount);
  const total = toMinorUnits(price);
  const fail = (field: 'releaseAmount' | 'refundAmount', message: string) => new ValidationError(message, { [field]: [message] });
  const fields = { releaseAmount: release, refundAmount: refund } as const;
  for (const [field, value] of Object.entries(fields) as ['releaseAmount' | 'refundAmount', bigint][]) {
    // The decision must be payable as it stands: an amount the gateway cannot move would never settle.
    try {
      toGatewayAmount(fromMinorUnits(value), currency);
    } catch (error) {
      if (error instanceof RangeError) throw fail(field, error.message);
      throw error;
    }
  }
  if (release + refund !== total)
    throw fail(
      'refundAmount',
      `The amounts must add up to the contract price of ${fromMinorUnits(total)} ${currency}; they add up to ${fromMinorUnits(release + refund)}.`,
    );
  if (input.outcome === 'release' && refund !== 0n) throw fail('refundAmount', 'A release refunds nothing: set the refund to 0.');
  if (input.outcome === 'refund' && release !== 0n)
    throw fail('releaseAmount', 'A refund releases nothing: set the release to 0.');
  if (input.outcome === 'split' && (release === 0n || refund === 0n))
    throw fail('releaseAmount', 'A split releases part of the price and refunds the rest: both amounts must be above 0.');
  return { release: fromMinorUnits(release), refund: fromMinorUnits(refund) };
}

/**
 * Staff decide a dispute. After the decision commits, the held money moves as decided (release, refund or split);
 * money not held yet moves nothing, and a failed gateway call is repeated by the 'payments-settle' job.
 */
export async function resolveDispute(ctx: ActorCtx, input: ResolveDisputeInput) {
  requireDisputeStaff(ctx);
  const resolved = await withTransaction(ctx, async (tx) => {
    const { contract, offer, orgSlug } = await lockContract(tx.db, input.contractId, null);
    if (contract.status !== 'disputed' || !openDisputeStatuses.has(contract.disputeStatus ?? ''))
      throw new ConflictError('This contract has no open dispute: it may have been resolved already.');
    const amounts = checkAmounts(input, offer.price, offer.currency);
    const now = new Date();
    // The decision's money moves are planned with it, over what escrow holds now, so it is carried out exactly once.
    // Releases or refunds planned before the dispute (e.g. at completion) and not sent yet give way to the decision.
    await cancelUnsentMovements(tx, { contractId: contract.id }, 'A dispute decision replaced this plan.');
    const plan = await planDisputeDecision(tx, contract.id, { ...amounts, decidedAt: now });
    const shortfall = await fileDecisionShortfall(tx, contract.id, offer.currency, amounts, plan);
    const resolution: DisputeResolution = {
      outcome: input.outcome,
      release_amount: amounts.release,
      refund_amount: amounts.refund,
      currency: offer.currency,
      note: input.note,
      resolved_by: tx.actor.userId,
      resolved_at: now.toISOString(),
      allocations: plan.allocations,
      movement_ids: plan.movementIds,
    };
    const returning = input.outcome === 'release';
    const changes = {
      status: returning ? (contract.statusBeforeDispute ?? 'active') : ('terminated' as const),
      statusBeforeDispute: null,
      disputeStatus: 'resolved' as const,
      disputeResolution: resolution as unknown as Record<string, unknown>,
      ...(returning ? {} : { terminatedAt: now }),
    };
    await tx.db.update(contracts).set(changes).where(eq(contracts.id, contract.id));
    await recordAudit(tx, {
      action: 'resolve_dispute',
      resourceType: 'contract',
      resourceId: contract.id,
      metadata: diffFields(contract, changes),
    });
    if (!returning) {
      // The deal ended: its offer leaves the budget, keeping only what a split releases to the creator.
      const released = input.outcome === 'split' ? amounts.release : null;
      await endOfferOfContract(tx, contract, `The dispute was resolved as a ${input.outcome}.`, released);
    }
    await releaseCampaignIfUndisputed(tx, contract.organizationId, contract.campaignId, contract.id);
    const message = {
      type: 'dispute_resolved' as const,
      title: 'The dispute was resolved',
      body: `Outcome: ${input.outcome}. From escrow: ${plan.release} ${offer.currency} to the creator, ${plan.refund} ${offer.currency} back to the brand.${shortfall} ${input.note}`,
    };
    await notify(tx.db, [contract.influencerId], { ...message, link: contractLinks.influencer(contract.id) });
    await notify(tx.db, await organizationRecipients(tx.db, contract.organizationId), {
      ...message,
      link: contractLinks.brand(orgSlug, contract.id),
    });
    return { contractId: contract.id, status: changes.status, orgSlug };
  });
  await settleAfterCommit(ctx, resolved.contractId);
  await closeOpenPaymentsAfterTermination(ctx, resolved.contractId);
  return resolved;
}

/** Staff hand a pending dispute on (e.g. support to an admin); it stays open. */
export async function escalateDispute(ctx: ActorCtx, input: EscalateDisputeInput) {
  requireDisputeStaff(ctx);
  return withTransaction(ctx, async (tx) => {
    const { contract, orgSlug } = await lockContract(tx.db, input.contractId, null);
    if (contract.status !== 'disputed' || contract.disputeStatus !== 'pending')
      throw new ConflictError(
        contract.disputeStatus === 'escalated' ? 'This dispute is already escalated.' : 'This contract has no pending dispute.',
      );
    const changes = { disputeStatus: 'escalated' as const };
    await tx.db.update(contracts).set(changes).where(eq(contracts.id, contract.id));
    await recordAudit(tx, {
      action: 'escalate_dispute',
      resourceType: 'contract',
      resourceId: contract.id,
      metadata: { ...diffFields(contract, changes), note: input.note ?? null },
    });
    return { contractId: contract.id, orgSlug };
  });
}
