import { eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import type { ObjectStore } from '@/lib/storage';
import { contractLinks, lockContract, type ContractParty, type LockedContract } from '@/lib/submissions/contract-access';
import { removeUploads, storeUploads, type StoredFile } from '@/lib/submissions/files';
import { requireCallerIsParty } from './caller-party';
import { asEvidence, type DisputeEvidence, type EvidenceEntry } from './evidence';
import type { OpenDisputeInput, RespondDisputeInput } from './schemas';

const disputableStatuses = new Set(['signed', 'active', 'completed']);

/** Stores the files first; if the transaction then fails, they are removed again. */
async function withUploads<T>(
  store: ObjectStore,
  contractId: string,
  files: File[],
  work: (stored: StoredFile[]) => Promise<T>,
): Promise<T> {
  const stored = await storeUploads(store, `disputes/${contractId}`, files, 'files');
  try {
    return await work(stored);
  } catch (error) {
    await removeUploads(store, stored);
    throw error;
  }
}

/** Tells the other party: the creator, or the brand's admins (who manage disputes). */
async function notifyOtherSide(
  ctx: ActorCtx,
  locked: LockedContract,
  from: ContractParty['side'],
  message: { type: 'dispute_opened' | 'dispute_answered'; title: string; body: string },
) {
  const { contract, orgSlug } = locked;
  if (from === 'brand')
    await notify(ctx.db, [contract.influencerId], { ...message, link: contractLinks.influencer(contract.id) });
  else
    await notify(ctx.db, await organizationRecipients(ctx.db, contract.organizationId, ['brand_admin']), {
      ...message,
      link: contractLinks.brand(orgSlug, contract.id),
    });
}

/** Either party disputes a signed, active or completed contract; the dispute is the contract's, not its campaign's. */
export async function openDispute(ctx: ActorCtx, party: ContractParty, input: OpenDisputeInput, store: ObjectStore) {
  return withUploads(store, input.contractId, input.files, (files) =>
    withTransaction(ctx, async (tx) => {
      await requireCallerIsParty(tx, party);
      const locked = await lockContract(tx.db, input.contractId, party);
      const { contract } = locked;
      if (contract.status === 'disputed') throw new ConflictError('A dispute is already open on this contract.');
      if (contract.disputeResolution)
        throw new ConflictError('A dispute on this contract was already resolved. Contact Pactly support to reopen it.');
      if (!disputableStatuses.has(contract.status))
        throw new ConflictError(`Only a signed, active or completed contract can be disputed; this one is ${contract.status}.`);
      const now = new Date();
      const evidence: DisputeEvidence = {
        opened_by: tx.actor.userId,
        side: party.side,
        opened_at: now.toISOString(),
        statement: input.statement ?? null,
        links: input.links,
        files,
        responses: [],
      };
      const changes = {
        status: 'disputed' as const,
        statusBeforeDispute: contract.status,
        disputeStatus: 'pending' as const,
        disputeReason: input.reason,
        disputeEvidence: evidence as unknown as Record<string, unknown>,
      };
      await tx.db.update(contracts).set(changes).where(eq(contracts.id, contract.id));
      await recordAudit(tx, {
        action: 'open_dispute',
        resourceType: 'contract',
        resourceId: contract.id,
        metadata: { ...diffFields(contract, changes), side: party.side },
      });
      await notifyOtherSide(tx, locked, party.side, {
        type: 'dispute_opened',
        title: 'A dispute was opened on your contract',
        body: input.reason,
      });
      return { contractId: contract.id, orgSlug: locked.orgSlug };
    }),
  );
}

/** The party who did not open the dispute answers with their own statement, links and files. */
export async function respondToDispute(ctx: ActorCtx, party: ContractParty, input: RespondDisputeInput, store: ObjectStore) {
  return withUploads(store, input.contractId, input.files, (files) =>
    withTransaction(ctx, async (tx) => {
      await requireCallerIsParty(tx, party);
      const locked = await lockContract(tx.db, input.contractId, party);
      const { contract } = locked;
      const evidence = asEvidence(contract.disputeEvidence);
      if (contract.status !== 'disputed' || !evidence || contract.disputeStatus === 'resolved')
        throw new ConflictError('There is no open dispute on this contract.');
      if (evidence.side === party.side) throw new ForbiddenError('Only the other party can respond to this dispute.');
      const response: EvidenceEntry = {
        by: tx.actor.userId,
        side: party.side,
        at: new Date().toISOString(),
        statement: input.statement,
        links: input.links,
        files,
      };
      const updated: DisputeEvidence = { ...evidence, responses: [...evidence.responses, response] };
      await tx.db
        .update(contracts)
        .set({ disputeEvidence: updated as unknown as Record<string, unknown> })
        .where(eq(contracts.id, contract.id));
      await recordAudit(tx, {
        action: 'respond_dispute',
        resourceType: 'contract',
        resourceId: contract.id,
        metadata: { after: { response }, side: party.side },
      });
      await notifyOtherSide(tx, locked, party.side, {
        type: 'dispute_answered',
        title: 'The other party responded to the dispute',
        body: input.statement,
      });
      return { contractId: contract.id, orgSlug: locked.orgSlug };
    }),
  );
}
