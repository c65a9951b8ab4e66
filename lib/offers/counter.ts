import { withTransaction } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import {
  applyMove,
  loadOffer,
  moveRefusal,
  notifySide,
  otherSide,
  recordMove,
  requireBrandPermission,
  requireCampaignTakingOffers,
  type PartyCtx,
} from './moves';
import { checkCampaignDeliverables } from './open-offer';
import { checkTermsCurrency, storedTerms, type OfferTermsInput } from './schemas';

/** JSON with object keys sorted at every level: jsonb hands keys back in its own order. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, item]) => [key, canonical(item)]),
        )
      : (value ?? null);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The side whose turn it is proposes new terms; the other side is to answer next. */
export async function counterOffer(
  ctx: PartyCtx,
  input: { offerId: string; version: number; terms: OfferTermsInput },
): Promise<{ id: string; version: number }> {
  requireBrandPermission(ctx, 'offer.negotiate', 'Your role in this organization does not allow negotiating offers.');
  return withTransaction(ctx, async (tx) => {
    const { offer, side } = await loadOffer(tx.db, tx, input.offerId);
    const refusal = moveRefusal(offer, side, input.version, new Date());
    if (refusal) throw refusal;
    requireCampaignTakingOffers(offer.campaignStatus);
    await checkCampaignDeliverables(tx.db, offer.campaignId, input.terms);
    checkTermsCurrency(input.terms, offer.currency);
    const terms = storedTerms(input.terms);
    if (offer.price === input.terms.price && sameJson(offer.terms, terms)) {
      throw new ValidationError('Change the price or the terms to send a counter-offer, or accept the offer as it is.');
    }
    const updated = await applyMove(tx, offer, side, input.version, {
      status: 'counter',
      price: input.terms.price,
      terms,
      counterBy: side,
      expiresAt: input.terms.expires_at,
    });
    await recordMove(tx, offer, updated, 'counter_offer', input.terms.message ?? null);
    await notifySide(tx.db, offer, otherSide(side), {
      type: 'offer_countered',
      title: `Counter-offer: ${offer.campaignTitle}`,
      body: `${side === 'brand' ? 'The brand' : 'The creator'} proposed ${updated.price} ${updated.currency} (version ${updated.version}).`,
    });
    return { id: updated.id, version: updated.version };
  });
}
