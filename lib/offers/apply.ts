import { and, eq, sql } from 'drizzle-orm';
import { campaigns, organizations } from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { friendlyActiveOffer, openOffer } from './open-offer';
import type { OfferTermsInput } from './schemas';

/** A creator applies to a campaign the marketplace shows (published or active, of a KYC-verified brand). */
export async function applyToCampaign(
  ctx: ActorCtx,
  input: { campaignId: string; terms: OfferTermsInput },
): Promise<{ id: string }> {
  if (ctx.actor.role !== 'influencer') throw new ForbiddenError('Only creators can apply to campaigns.');
  if (!isRecordId(input.campaignId)) throw new NotFoundError('Campaign not found.');
  const offer = await friendlyActiveOffer(
    withTransaction(ctx, async (tx) => {
      const [campaign] = await tx.db
        .select({
          id: campaigns.id,
          organizationId: campaigns.organizationId,
          currency: campaigns.currency,
          title: campaigns.title,
          orgSlug: organizations.slug,
        })
        .from(campaigns)
        .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
        .where(
          and(
            eq(campaigns.id, input.campaignId),
            sql`${campaigns.status} in ('published', 'active')`,
            eq(organizations.kycStatus, 'verified'),
          ),
        )
        // Shared until commit: a cancellation (which locks the row for update) waits, or is waited for and seen.
        .for('share', { of: campaigns });
      if (!campaign) throw new NotFoundError('Campaign not found.');
      return openOffer(tx, {
        campaign,
        orgSlug: campaign.orgSlug,
        influencerId: ctx.actor.userId,
        side: 'influencer',
        terms: input.terms,
      });
    }),
  );
  return { id: offer.id };
}
