import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { campaigns, offers } from '@/db/schema';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import { withTransaction } from '@/lib/context';
import { createContractForAcceptedOffer } from '@/lib/contracts/create';
import { requirePartiesInGoodStanding } from '@/lib/contracts/parties-in-good-standing';
import { ConflictError, isCheckViolation } from '@/lib/errors';
import {
  applyMove,
  databaseClock,
  loadOffer,
  moveRefusal,
  notifySide,
  otherSide,
  recordMove,
  requireBrandPermission,
  requireCampaignTakingOffers,
  type PartyCtx,
} from './moves';

const overBudget = (committed: string, price: string, budget: string, currency: string) =>
  new ConflictError(
    `Accepting this offer would exceed the campaign budget: ${committed} ${currency} of ${budget} ${currency} is already ` +
      `committed and this offer is ${price} ${currency}. Counter with a lower price or raise the campaign budget.`,
  );

/**
 * The side whose turn it is accepts the latest proposal; the contract is created in the same transaction. The
 * campaign row stays locked until commit, so concurrent acceptances of the campaign's offers see each other's sums.
 */
export async function acceptOffer(
  ctx: PartyCtx,
  input: { offerId: string; version: number },
): Promise<{ id: string; version: number; contractId: string }> {
  requireBrandPermission(ctx, 'offer.accept', 'Only an organization admin can accept an offer.');
  return withTransaction(ctx, async (tx) => {
    const { offer, side } = await loadOffer(tx.db, tx, input.offerId);
    const refusal = moveRefusal(offer, side, input.version, new Date());
    if (refusal) throw refusal;
    const [campaign] = await tx.db
      .select({ budgetMax: campaigns.budgetMax, currency: campaigns.currency, status: campaigns.status })
      .from(campaigns)
      .where(eq(campaigns.id, offer.campaignId))
      .for('update');
    requireCampaignTakingOffers(campaign!.status);
    // The acceptance may have waited for the campaign lock: the offer must still be live by the clock of now.
    const lateRefusal = moveRefusal(offer, side, input.version, await databaseClock(tx.db));
    if (lateRefusal) throw lateRefusal;
    await requirePartiesInGoodStanding(tx.db, offer);
    const [committed] = await tx.db
      .select({ total: sql<string>`coalesce(sum(${offers.price}), 0)::text` })
      .from(offers)
      .where(
        and(eq(offers.campaignId, offer.campaignId), inArray(offers.status, ['accepted', 'completed']), ne(offers.id, offer.id)),
      );
    const committedTotal = fromMinorUnits(toMinorUnits(committed?.total ?? '0'));
    if (campaign?.budgetMax && toMinorUnits(committedTotal) + toMinorUnits(offer.price) > toMinorUnits(campaign.budgetMax)) {
      throw overBudget(committedTotal, offer.price, campaign.budgetMax, campaign.currency);
    }
    const updated = await applyMove(tx, offer, side, input.version, {
      status: 'accepted',
      extra: { acceptedAt: new Date() },
    }).catch((error: unknown) => {
      if (isCheckViolation(error, 'offers_within_campaign_budget')) {
        throw overBudget(committedTotal, offer.price, campaign?.budgetMax ?? '0.00', offer.currency);
      }
      throw error;
    });
    await recordMove(tx, offer, updated, 'accept_offer', null);
    const contract = await createContractForAcceptedOffer(tx, updated);
    await notifySide(tx.db, offer, otherSide(side), {
      type: 'offer_accepted',
      title: `Offer accepted: ${offer.campaignTitle}`,
      body: `${side === 'brand' ? 'The brand' : 'The creator'} accepted ${updated.price} ${updated.currency}. The contract is ready to sign.`,
    });
    return { id: updated.id, version: updated.version, contractId: contract.id };
  });
}
