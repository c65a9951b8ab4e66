import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { campaigns, contracts, organizations, profiles, type Contract } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { notify, organizationRecipients, type NotificationMessage } from '@/lib/notifications/notify';
import { roleAllows, type BrandPermission } from '@/lib/organizations/permissions';
import { isRecordId } from '@/lib/campaigns/queries';
import { brandContractPath, creatorContractPath } from './links';
import { isBrandParty, sideOfParty, type ContractPartyCtx, type ContractSide } from './party';

export type LockedContract = Contract & { orgSlug: string; orgName: string; campaignTitle: string; creatorName: string };

/** The contract row locked until commit, with what messages need; `party` null means staff. */
export async function lockContractRow(ctx: Ctx, contractId: string, party: ContractPartyCtx | null): Promise<LockedContract> {
  if (!isRecordId(contractId)) throw new NotFoundError('Contract not found.');
  const scope = !party
    ? undefined
    : isBrandParty(party)
      ? eq(contracts.organizationId, party.organization.id)
      : eq(contracts.influencerId, party.actor.userId);
  const [row] = await ctx.db
    .select({
      ...getTableColumns(contracts),
      orgSlug: organizations.slug,
      orgName: organizations.name,
      campaignTitle: campaigns.title,
      creatorName: sql<string>`coalesce(${profiles.displayName}, 'The creator')`,
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .leftJoin(profiles, eq(profiles.userId, contracts.influencerId))
    .where(and(eq(contracts.id, contractId), scope))
    .for('update', { of: contracts });
  if (!row) throw new NotFoundError('Contract not found.');
  return row;
}

/** The party's contract, locked; a brand member whose role lacks the permission is refused. */
export async function lockContractForParty(
  ctx: ContractPartyCtx,
  contractId: string,
  permission: BrandPermission,
  refusal: string,
): Promise<{ contract: LockedContract; side: ContractSide }> {
  const contract = await lockContractRow(ctx, contractId, ctx);
  if (isBrandParty(ctx) && !roleAllows(ctx.membershipRole, permission)) throw new ForbiddenError(refusal);
  return { contract, side: sideOfParty(ctx) };
}

/** Tells one side of the contract (every member of the brand, or the creator), inside the caller's transaction. */
export async function notifyContractSide(
  ctx: Ctx,
  contract: LockedContract,
  side: ContractSide,
  message: Omit<NotificationMessage, 'link'>,
): Promise<void> {
  if (side === 'brand') {
    const recipients = await organizationRecipients(ctx.db, contract.organizationId);
    await notify(ctx.db, recipients, { ...message, link: brandContractPath(contract.orgSlug, contract.id) });
  } else {
    await notify(ctx.db, [contract.influencerId], { ...message, link: creatorContractPath(contract.id) });
  }
}
