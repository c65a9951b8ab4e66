import { and, count, desc, eq, sql } from 'drizzle-orm';
import { deliverableSubmissions, moneyMovements } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { completeContractIfAllApproved } from '@/lib/contracts/complete';
import { withTransaction } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { roleAllows } from '@/lib/organizations/permissions';
import { contractLinks, lockContract } from './contract-access';
import { sealedRevisions } from './sealed-terms';
import type { ReviewSubmissionInput } from './schemas';

const stale = 'This submission changed while you were looking at it. Reload to see its latest revision.';

/**
 * Completing a funded contract releases its escrow to the creator, which only an organization admin may do (as only
 * an admin may fund it): a member's approval of the last deliverable is refused and rolled back with the reason.
 */
async function requireReleasePermission(ctx: BrandCtx, contractId: string): Promise<void> {
  if (roleAllows(ctx.membershipRole, 'payment.release')) return;
  const [due] = await ctx.db
    .select({
      amount: sql<string | null>`sum(${moneyMovements.amount})::text`,
      currency: sql<string>`min(${moneyMovements.currency})`,
    })
    .from(moneyMovements)
    .where(
      and(eq(moneyMovements.contractId, contractId), eq(moneyMovements.kind, 'release'), eq(moneyMovements.status, 'pending')),
    );
  if (!due?.amount) return;
  throw new ForbiddenError(
    `Approving this last deliverable completes the contract and releases ${due.amount} ${due.currency} held in escrow to the creator: only an organization admin can do that. Ask an admin to approve it.`,
  );
}

/** The brand approves the latest submitted revision or sends it back, within the revisions the contract allows. */
export async function reviewSubmission(ctx: BrandCtx, input: ReviewSubmissionInput) {
  return withTransaction(ctx, async (tx) => {
    const [target] = await tx.db
      .select({ contractId: deliverableSubmissions.contractId })
      .from(deliverableSubmissions)
      .where(eq(deliverableSubmissions.id, input.submissionId));
    if (!target) throw new NotFoundError('Submission not found.');
    // The contract lock serialises reviews and resubmissions of its deliverables.
    const { contract } = await lockContract(tx.db, target.contractId, {
      side: 'brand',
      organizationId: ctx.organization.id,
    });
    if (contract.status !== 'active')
      throw new ConflictError(`Content cannot be reviewed while the contract is ${contract.status}.`);
    const [submission] = await tx.db
      .select()
      .from(deliverableSubmissions)
      .where(eq(deliverableSubmissions.id, input.submissionId));
    const [latest] = await tx.db
      .select({ id: deliverableSubmissions.id })
      .from(deliverableSubmissions)
      .where(
        and(
          eq(deliverableSubmissions.contractId, contract.id),
          eq(deliverableSubmissions.deliverableId, submission!.deliverableId),
        ),
      )
      .orderBy(desc(deliverableSubmissions.revision))
      .limit(1);
    if (latest?.id !== submission!.id || submission!.status !== 'submitted') throw new ConflictError(stale);

    if (input.decision === 'request_changes') {
      const limit = sealedRevisions(contract.content);
      const [used] = await tx.db
        .select({ n: count() })
        .from(deliverableSubmissions)
        .where(
          and(
            eq(deliverableSubmissions.contractId, contract.id),
            eq(deliverableSubmissions.deliverableId, submission!.deliverableId),
            eq(deliverableSubmissions.status, 'changes_requested'),
          ),
        );
      if ((used?.n ?? 0) >= limit)
        throw new ConflictError(
          limit === 0
            ? 'This contract includes no revisions: approve the submission or open a dispute.'
            : `This contract allows ${limit} revision${limit === 1 ? '' : 's'} per deliverable and all have been used: approve the submission or open a dispute.`,
        );
    }

    const now = new Date();
    const changes = {
      status: input.decision === 'approve' ? ('approved' as const) : ('changes_requested' as const),
      reviewerId: tx.actor.userId,
      reviewComment: input.comment ?? null,
      reviewedAt: now,
    };
    await tx.db
      .update(deliverableSubmissions)
      .set(changes)
      .where(and(eq(deliverableSubmissions.id, submission!.id), eq(deliverableSubmissions.status, 'submitted')));
    await recordAudit(tx, {
      action: input.decision === 'approve' ? 'approve_submission' : 'request_submission_changes',
      resourceType: 'deliverable_submission',
      resourceId: submission!.id,
      metadata: { ...diffFields(submission!, changes), contractId: contract.id },
    });
    await notify(tx.db, [contract.influencerId], {
      type: 'submission_reviewed',
      title: input.decision === 'approve' ? 'Your content was approved' : 'The brand asked for changes',
      body: input.comment ?? `Revision ${submission!.revision} was approved.`,
      link: contractLinks.influencer(contract.id),
    });
    const completed = input.decision === 'approve' ? await completeContractIfAllApproved(tx, contract.id) : false;
    if (completed) await requireReleasePermission(tx, contract.id);
    return { id: submission!.id, status: changes.status, completed, contractId: contract.id };
  });
}
