import { and, eq } from 'drizzle-orm';
import { campaigns, users } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { isRecordId } from '@/lib/campaigns/queries';
import { withTransaction } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { friendlyActiveOffer, openOffer } from './open-offer';
import type { OfferTermsInput } from './schemas';
import { requirePartiesInGoodStanding } from '@/lib/contracts/parties-in-good-standing';

/** A brand invites a creator to one of its published or active campaigns with an opening offer. */
export async function inviteCreator(
  ctx: BrandCtx,
  input: { campaignId: string; creatorId: string; terms: OfferTermsInput },
): Promise<{ id: string }> {
  if (!isRecordId(input.campaignId)) throw new NotFoundError('Campaign not found.');
  if (!isRecordId(input.creatorId)) throw new NotFoundError('Creator not found.');
  const offer = await friendlyActiveOffer(
    withTransaction(ctx, async (tx) => {
      const [campaign] = await tx.db
        .select({
          id: campaigns.id,
          organizationId: campaigns.organizationId,
          currency: campaigns.currency,
          title: campaigns.title,
          status: campaigns.status,
        })
        .from(campaigns)
        .where(and(eq(campaigns.id, input.campaignId), eq(campaigns.organizationId, ctx.organization.id)))
        // Shared until commit: a cancellation (which locks the row for update) waits, or is waited for and seen.
        .for('share', { of: campaigns });
      if (!campaign) throw new NotFoundError('Campaign not found.');
      if (campaign.status !== 'published' && campaign.status !== 'active') {
        throw new ConflictError('Offers can only be sent for published or active campaigns.');
      }
      const [creator] = await tx.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.creatorId), eq(users.role, 'influencer'), eq(users.status, 'active')));
      if (!creator) throw new NotFoundError('Creator not found.');
      await requirePartiesInGoodStanding(tx.db, { influencerId: creator.id, organizationId: ctx.organization.id });
      return openOffer(tx, {
        campaign,
        orgSlug: ctx.organization.slug,
        influencerId: creator.id,
        side: 'brand',
        terms: input.terms,
      });
    }),
  );
  return { id: offer.id };
}
