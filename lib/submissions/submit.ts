import { and, desc, eq } from 'drizzle-orm';
import { contracts, deliverableSubmissions } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { completeContractIfAllApproved } from '@/lib/contracts/complete';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, isUniqueViolation, ValidationError } from '@/lib/errors';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import type { ObjectStore } from '@/lib/storage';
import { contractDeliverableIds, contractLinks, lockContract } from './contract-access';
import { removeUploads, storeUploads, type StoredFile } from './files';
import type { SubmitDeliverableInput } from './schemas';
import { sealedContentApproval } from './sealed-terms';

const submittableStatuses = new Set(['signed', 'active']);

/** The creator hands in (a new revision of) a deliverable; the first submission puts a signed contract to work. */
export async function submitDeliverable(ctx: ActorCtx, input: SubmitDeliverableInput, store: ObjectStore) {
  const uploaded: StoredFile[] = input.file
    ? await storeUploads(store, `submissions/${input.contractId}`, [input.file], 'file')
    : [];
  try {
    return await withTransaction(ctx, async (tx) => {
      const { contract, offer, orgSlug } = await lockContract(tx.db, input.contractId, {
        side: 'influencer',
        userId: tx.actor.userId,
      });
      if (!submittableStatuses.has(contract.status))
        throw new ConflictError(`Content can only be submitted on a signed or active contract; this one is ${contract.status}.`);
      const contentApprovalRequired = sealedContentApproval(contract.content);
      const deliverableIds = await contractDeliverableIds(tx.db, contract, offer.terms);
      if (!deliverableIds.includes(input.deliverableId)) {
        const message = 'That deliverable is not part of this contract.';
        throw new ValidationError(message, { deliverableId: [message] });
      }
      const [latest] = await tx.db
        .select({ revision: deliverableSubmissions.revision, status: deliverableSubmissions.status })
        .from(deliverableSubmissions)
        .where(
          and(eq(deliverableSubmissions.contractId, contract.id), eq(deliverableSubmissions.deliverableId, input.deliverableId)),
        )
        .orderBy(desc(deliverableSubmissions.revision))
        .limit(1);
      if (latest?.status === 'submitted')
        throw new ConflictError(`Revision ${latest.revision} is still waiting for the brand's review.`);
      if (latest && latest.status !== 'changes_requested') throw new ConflictError('This deliverable is already approved.');

      const now = new Date();
      const status = contentApprovalRequired ? 'submitted' : 'auto_approved';
      const values = {
        contractId: contract.id,
        deliverableId: input.deliverableId,
        submittedBy: tx.actor.userId,
        revision: (latest?.revision ?? 0) + 1,
        contentUrl: input.contentUrl ?? null,
        caption: input.caption ?? null,
        fileUrl: uploaded[0]?.key ?? null,
        status,
        submittedAt: now,
        reviewedAt: contentApprovalRequired ? null : now,
      } as const;
      const [submission] = await tx.db
        .insert(deliverableSubmissions)
        .values(values)
        .returning()
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new ConflictError('Another submission of this deliverable arrived first. Reload.');
          throw error;
        });
      await recordAudit(tx, {
        action: 'submit_deliverable',
        resourceType: 'deliverable_submission',
        resourceId: submission!.id,
        metadata: {
          after: { revision: values.revision, status, content_url: values.contentUrl, file: uploaded[0] ?? null },
          contractId: contract.id,
          deliverableId: input.deliverableId,
        },
      });

      if (contract.status === 'signed') {
        await tx.db
          .update(contracts)
          .set({ status: 'active', activatedAt: now })
          .where(and(eq(contracts.id, contract.id), eq(contracts.status, 'signed')));
        await recordAudit(tx, {
          action: 'activate_contract',
          resourceType: 'contract',
          resourceId: contract.id,
          metadata: diffFields(contract, { status: 'active', activatedAt: now }),
        });
      }

      await notify(tx.db, await organizationRecipients(tx.db, contract.organizationId), {
        type: 'submission_received',
        title: contentApprovalRequired ? 'Content submitted for review' : 'Content submitted (approved automatically)',
        body: `Revision ${values.revision} of a deliverable was submitted.`,
        link: contractLinks.brand(orgSlug, contract.id),
      });
      const completed = contentApprovalRequired ? false : await completeContractIfAllApproved(tx, contract.id);
      return { id: submission!.id, contractId: contract.id, revision: values.revision, status, completed, orgSlug };
    });
  } catch (error) {
    await removeUploads(store, uploaded);
    throw error;
  }
}
