import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { contracts, deliverableSubmissions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { completeContractIfAllApproved } from '@/lib/contracts/complete';
import { withTransaction, type Ctx } from '@/lib/context';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import { submissionConfig } from './config';
import { contractLinks, lockContract } from './contract-access';
import { reviewWaitMs } from './review-clock';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Approves submissions of active contracts left unreviewed for SUBMISSION_AUTO_APPROVE_DAYS (not counting time the
 * contract spent disputed), as the system, one contract per transaction. Returns how many were approved.
 */
export async function autoApproveStaleSubmissions(ctx: Ctx, now: Date): Promise<number> {
  const limitMs = submissionConfig().autoApproveDays * dayMs;
  // Only a submission older than the limit can be due; the dispute pause is taken off per contract below.
  const cutoff = new Date(now.getTime() - limitMs);
  const stale = await ctx.db
    .selectDistinct({ contractId: deliverableSubmissions.contractId })
    .from(deliverableSubmissions)
    .innerJoin(contracts, eq(contracts.id, deliverableSubmissions.contractId))
    .where(
      and(
        eq(deliverableSubmissions.status, 'submitted'),
        lt(deliverableSubmissions.submittedAt, cutoff),
        eq(contracts.status, 'active'),
      ),
    )
    .orderBy(asc(deliverableSubmissions.contractId));
  const systemCtx: Ctx = { ...ctx, actor: null };
  let approved = 0;
  for (const { contractId } of stale) {
    approved += await withTransaction(systemCtx, async (tx) => {
      const { contract, orgSlug } = await lockContract(tx.db, contractId, null);
      if (contract.status !== 'active') return 0;
      // Time spent disputed does not count: only what waited longer than the limit outside the dispute is due.
      const waiting = await tx.db
        .select({ id: deliverableSubmissions.id, submittedAt: deliverableSubmissions.submittedAt })
        .from(deliverableSubmissions)
        .where(
          and(
            eq(deliverableSubmissions.contractId, contract.id),
            eq(deliverableSubmissions.status, 'submitted'),
            lt(deliverableSubmissions.submittedAt, cutoff),
          ),
        );
      const due = waiting.filter((row) => reviewWaitMs(row.submittedAt, contract, now) > limitMs).map((row) => row.id);
      if (due.length === 0) return 0;
      const rows = await tx.db
        .update(deliverableSubmissions)
        .set({ status: 'auto_approved', reviewedAt: now })
        .where(and(inArray(deliverableSubmissions.id, due), eq(deliverableSubmissions.status, 'submitted')))
        .returning({ id: deliverableSubmissions.id, revision: deliverableSubmissions.revision });
      for (const row of rows)
        await recordAudit(tx, {
          action: 'auto_approve_submission',
          resourceType: 'deliverable_submission',
          resourceId: row.id,
          bySystem: true,
          metadata: { before: { status: 'submitted' }, after: { status: 'auto_approved' }, contractId: contract.id, cutoff },
        });
      if (rows.length === 0) return 0;
      const message = {
        type: 'submission_reviewed' as const,
        title: 'Content approved automatically',
        body: `${rows.length} submission${rows.length === 1 ? ' was' : 's were'} not reviewed in time and counted as approved.`,
      };
      await notify(tx.db, [contract.influencerId], { ...message, link: contractLinks.influencer(contract.id) });
      await notify(tx.db, await organizationRecipients(tx.db, contract.organizationId), {
        ...message,
        link: contractLinks.brand(orgSlug, contract.id),
      });
      await completeContractIfAllApproved(tx, contract.id);
      return rows.length;
    });
  }
  return approved;
}
