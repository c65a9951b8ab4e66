import { and, eq } from 'drizzle-orm';
import { contracts, type ContractSignature, type ContractSignatures } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { lockContractForParty, notifyContractSide } from './lock';
import { requirePartiesInGoodStanding } from './parties-in-good-standing';
import { contractSideLabels, otherContractSide, type ContractPartyCtx } from './party';

/**
 * Signs the contract for the caller's side, recording who, when and from where. When both sides have signed the
 * contract becomes signed.
 */
export async function signContract(ctx: ContractPartyCtx, contractId: string): Promise<{ status: 'pending' | 'signed' }> {
  return withTransaction(ctx, async (tx) => {
    const { contract, side } = await lockContractForParty(
      tx,
      contractId,
      'contract.sign',
      'Only an organization admin can sign a contract.',
    );
    const before: ContractSignatures = contract.signedBy ?? {};
    if (before[side]) throw new ConflictError('You have already signed this contract.');
    if (contract.status !== 'pending')
      throw new ConflictError(`This contract is ${contract.status}; only a pending contract can be signed.`);
    await requirePartiesInGoodStanding(tx.db, contract);

    const now = new Date();
    const signature: ContractSignature = {
      signer_id: tx.actor.userId,
      signed_at: now.toISOString(),
      ip: tx.request.ip,
      user_agent: tx.request.userAgent,
    };
    const signedBy: ContractSignatures = { ...before, [side]: signature };
    const complete = Boolean(signedBy.brand && signedBy.influencer);
    const changes = { signedBy, status: complete ? ('signed' as const) : contract.status, signedAt: complete ? now : null };
    await tx.db
      .update(contracts)
      .set({ ...changes, updatedAt: now })
      .where(and(eq(contracts.id, contract.id), eq(contracts.status, 'pending')));
    await recordAudit(tx, {
      action: 'sign_contract',
      resourceType: 'contract',
      resourceId: contract.id,
      metadata: { side, content_hash: contract.contentHash, ...diffFields(contract, changes) },
    });

    if (complete) {
      const message = {
        type: 'contract_signed' as const,
        title: `Contract signed: ${contract.campaignTitle}`,
        body: `Both parties have signed the contract for "${contract.campaignTitle}". The work can start.`,
      };
      await notifyContractSide(tx, contract, 'brand', message);
      await notifyContractSide(tx, contract, 'influencer', message);
    } else {
      await notifyContractSide(tx, contract, otherContractSide(side), {
        type: 'contract_signed',
        title: `${contractSideLabels[side]} signed: ${contract.campaignTitle}`,
        body: `${side === 'brand' ? contract.orgName : contract.creatorName} signed the contract for "${contract.campaignTitle}". It needs your signature too.`,
      });
    }
    return { status: complete ? 'signed' : 'pending' };
  });
}
