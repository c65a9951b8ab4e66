import { and, eq, inArray } from 'drizzle-orm';
import { campaigns, offers, organizations } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { applyMove, loadedOfferColumns, notifySide, openStatuses, recordMove } from './moves';

export type CampaignClosing = 'cancelled' | 'completed';

export const campaignClosedReason = (outcome: CampaignClosing) => `The campaign was ${outcome}.`;

/**
 * Inside the transaction that closes the campaign: every offer still under negotiation is rejected as a system
 * move (version + 1, revision, audit) and its creator told. Accepted offers keep their contracts.
 */
export async function closeOffersForCampaign(
  tx: Ctx,
  campaign: { id: string; organizationId: string },
  outcome: CampaignClosing,
): Promise<number> {
  const system: Ctx = { ...tx, actor: null };
  const reason = campaignClosedReason(outcome);
  // Locked so a counter committed meanwhile is seen at its new version rather than failing the version check.
  const open = await tx.db
    .select(loadedOfferColumns)
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .where(
      and(
        eq(offers.campaignId, campaign.id),
        eq(offers.organizationId, campaign.organizationId),
        inArray(offers.status, [...openStatuses]),
      ),
    )
    .for('update', { of: offers });
  const now = new Date();
  for (const offer of open) {
    const updated = await applyMove(system, offer, null, offer.version, {
      status: 'rejected',
      extra: { rejectedAt: now, rejectionReason: reason },
    });
    await recordMove(system, offer, updated, 'reject_offer', reason);
    await notifySide(system.db, offer, 'influencer', {
      type: 'offer_rejected',
      title: `Offer closed: ${offer.campaignTitle}`,
      body: `${reason} The offer for ${offer.campaignTitle} (${offer.price} ${offer.currency}) is closed.`,
    });
  }
  return open.length;
}
