import { eq } from 'drizzle-orm';
import { campaigns, contracts, deliverables, organizationBilling, organizations, profiles, type Offer } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { ActorCtx } from '@/lib/context';
import { ConflictError, isUniqueViolation, NotFoundError } from '@/lib/errors';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import { buildContractContent } from './content';
import { brandContractPath, creatorContractPath } from './links';

/**
 * Freezes the accepted offer into a pending contract, audits it and tells both sides it is ready to sign. Runs in the
 * caller's transaction (the offer's accept), so the contract exists only if the acceptance commits.
 */
export async function createContractForAcceptedOffer(ctx: ActorCtx, offer: Offer): Promise<{ id: string }> {
  if (offer.status !== 'accepted') throw new ConflictError('Only an accepted offer becomes a contract.');
  const [campaign] = await ctx.db.select().from(campaigns).where(eq(campaigns.id, offer.campaignId)).limit(1);
  if (!campaign || campaign.organizationId !== offer.organizationId) throw new NotFoundError('Campaign not found.');
  const [brand] = await ctx.db
    .select({ organization: organizations, billing: organizationBilling })
    .from(organizations)
    .leftJoin(organizationBilling, eq(organizationBilling.organizationId, organizations.id))
    .where(eq(organizations.id, offer.organizationId))
    .limit(1);
  if (!brand) throw new NotFoundError('Organization not found.');
  const campaignDeliverables = await ctx.db
    .select()
    .from(deliverables)
    .where(eq(deliverables.campaignId, campaign.id))
    .orderBy(deliverables.createdAt, deliverables.id);
  const [profile] = await ctx.db
    .select({ displayName: profiles.displayName, country: profiles.country })
    .from(profiles)
    .where(eq(profiles.userId, offer.influencerId))
    .limit(1);

  const content = buildContractContent({
    offer,
    campaign,
    deliverables: campaignDeliverables,
    organization: brand.organization,
    billing: brand.billing,
    creator: { userId: offer.influencerId, displayName: profile?.displayName ?? null, country: profile?.country ?? null },
    createdAt: new Date(),
  });

  let id: string;
  try {
    const [row] = await ctx.db
      .insert(contracts)
      .values({
        campaignId: campaign.id,
        offerId: offer.id,
        influencerId: offer.influencerId,
        organizationId: offer.organizationId,
        status: 'pending',
        content: content as unknown as Record<string, unknown>,
      })
      .returning({ id: contracts.id, contentHash: contracts.contentHash });
    id = row!.id;
    await recordAudit(ctx, {
      action: 'create_contract',
      resourceType: 'contract',
      resourceId: id,
      metadata: { offer_id: offer.id, offer_version: offer.version, content_hash: row!.contentHash },
    });
  } catch (error) {
    if (isUniqueViolation(error, 'idx_contracts_offer_id')) throw new ConflictError('This offer already has a contract.');
    throw error;
  }

  const message = (link: string) => ({
    type: 'contract_ready' as const,
    title: `Contract ready to sign: ${campaign.title}`,
    body: `The contract for "${campaign.title}" between ${brand.organization.name} and ${content.creator.display_name} (${offer.price} ${offer.currency}) is ready for both signatures.`,
    link,
  });
  await notify(
    ctx.db,
    await organizationRecipients(ctx.db, offer.organizationId),
    message(brandContractPath(brand.organization.slug, id)),
  );
  await notify(ctx.db, [offer.influencerId], message(creatorContractPath(id)));
  return { id };
}
