import { and, eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { lockContractRow } from './lock';
import { voidUnsignedContract } from './void-unsigned';

/**
 * Inside the transaction that cancels the campaign (its row locked): every contract not yet signed by both sides
 * becomes void and its offer leaves the budget. Signed and active contracts continue (ADR 0010).
 */
export async function voidUnsignedContractsForCampaign(tx: Ctx, campaign: { id: string; organizationId: string }) {
  const pending = await tx.db
    .select({ id: contracts.id })
    .from(contracts)
    .where(
      and(
        eq(contracts.campaignId, campaign.id),
        eq(contracts.organizationId, campaign.organizationId),
        eq(contracts.status, 'pending'),
      ),
    );
  let voided = 0;
  for (const { id } of pending) {
    const contract = await lockContractRow(tx, id, null);
    const why = 'the campaign was cancelled before both sides signed it';
    if (await voidUnsignedContract(tx, contract, { action: 'void_contract', why })) voided += 1;
  }
  return voided;
}
