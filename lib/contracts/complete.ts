import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { contracts, deliverableSubmissions, offerRevisions, offers } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type Ctx } from '@/lib/context';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import { requestContractRelease } from '@/lib/payments/release';
import { contractDeliverableIds, contractLinks, lockContract } from '@/lib/submissions/contract-access';

const approvedStatuses = new Set(['approved', 'auto_approved']);

/**
 * Completes an active contract, and its offer, once the latest submission of every deliverable it covers is approved.
 * Runs inside the approving transaction; a null actor (the auto-approve job) is audited as the system. The escrowed
 * payments are only marked due here: the transfers are gateway calls, made after commit by the 'payments-settle' job.
 */
export async function completeContractIfAllApproved(ctx: Ctx, contractId: string): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const { contract, offer, orgSlug } = await lockContract(tx.db, contractId, null);
    if (contract.status !== 'active') return false;
    const deliverableIds = await contractDeliverableIds(tx.db, contract, offer.terms);
    if (deliverableIds.length === 0) return false;
    const latest = await tx.db
      .selectDistinctOn([deliverableSubmissions.deliverableId], {
        deliverableId: deliverableSubmissions.deliverableId,
        status: deliverableSubmissions.status,
      })
      .from(deliverableSubmissions)
      .where(
        and(eq(deliverableSubmissions.contractId, contract.id), inArray(deliverableSubmissions.deliverableId, deliverableIds)),
      )
      .orderBy(deliverableSubmissions.deliverableId, desc(deliverableSubmissions.revision));
    const statusOf = new Map(latest.map((row) => [row.deliverableId, row.status]));
    if (!deliverableIds.every((id) => approvedStatuses.has(statusOf.get(id) ?? ''))) return false;

    const now = new Date();
    const bySystem = ctx.actor === null;
    await tx.db
      .update(contracts)
      .set({ status: 'completed', completedAt: now })
      .where(and(eq(contracts.id, contract.id), eq(contracts.status, 'active')));
    await recordAudit(tx, {
      action: 'complete_contract',
      resourceType: 'contract',
      resourceId: contract.id,
      bySystem,
      metadata: diffFields(contract, { status: 'completed', completedAt: now }),
    });
    await requestContractRelease(tx, contract.id);

    const [completed] = await tx.db
      .update(offers)
      .set({ status: 'completed', version: sql`${offers.version} + 1` })
      .where(and(eq(offers.id, offer.id), eq(offers.status, 'accepted')))
      .returning();
    if (completed) {
      await tx.db.insert(offerRevisions).values({
        offerId: completed.id,
        version: completed.version,
        price: completed.price,
        currency: completed.currency,
        terms: completed.terms,
        status: 'completed',
        counterBy: completed.counterBy,
        changedBy: ctx.actor?.userId ?? null,
        note: 'Every deliverable was approved; the contract is complete.',
      });
      await recordAudit(tx, {
        action: 'complete_offer',
        resourceType: 'offer',
        resourceId: completed.id,
        bySystem,
        metadata: {
          before: { status: offer.status, version: offer.version },
          after: { status: 'completed', version: completed.version },
          contractId: contract.id,
        },
      });
    }

    const message = { type: 'contract_completed' as const, title: 'Contract completed', body: 'Every deliverable is approved.' };
    await notify(tx.db, [contract.influencerId], { ...message, link: contractLinks.influencer(contract.id) });
    await notify(tx.db, await organizationRecipients(tx.db, contract.organizationId), {
      ...message,
      link: contractLinks.brand(orgSlug, contract.id),
    });
    return true;
  });
}
