import { and, eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { endOfferOfContract } from './end-offer';
import { notifyContractSide, type LockedContract } from './lock';
import type { ContractSide } from './party';

/**
 * Inside the caller's transaction, with the contract row locked: a contract not signed by both sides becomes void,
 * its offer leaves the budget (see endOfferOfContract) and both sides are told `why`. False if it is no longer pending.
 */
export async function voidUnsignedContract(
  ctx: Ctx,
  contract: LockedContract,
  reason: { action: 'expire_unsigned_contract' | 'void_contract'; why: string },
): Promise<boolean> {
  if (contract.status !== 'pending') return false;
  const changes = { status: 'void' as const, updatedAt: new Date() };
  await ctx.db
    .update(contracts)
    .set(changes)
    .where(and(eq(contracts.id, contract.id), eq(contracts.status, 'pending')));
  await recordAudit(ctx, {
    action: reason.action,
    resourceType: 'contract',
    resourceId: contract.id,
    bySystem: ctx.actor === null,
    metadata: { ...diffFields(contract, { status: 'void' }), why: reason.why },
  });
  await endOfferOfContract(ctx, contract, `The contract is void: ${reason.why}.`);
  const message = {
    // notify.ts has no 'void' type; a void contract ends like a terminated one.
    type: 'contract_terminated' as const,
    title: `Contract void: ${contract.campaignTitle}`,
    body: `The contract for "${contract.campaignTitle}" is void: ${reason.why}. It can no longer be signed.`,
  };
  for (const side of ['brand', 'influencer'] as ContractSide[]) await notifyContractSide(ctx, contract, side, message);
  return true;
}
