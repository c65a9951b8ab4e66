import { withTransaction } from '@/lib/context';
import {
  applyMove,
  loadOffer,
  moveRefusal,
  notifySide,
  otherSide,
  recordMove,
  requireBrandPermission,
  type PartyCtx,
} from './moves';

/** The side whose turn it is turns the offer down, saying why; the offer is closed for good. */
export async function rejectOffer(
  ctx: PartyCtx,
  input: { offerId: string; version: number; reason: string },
): Promise<{ id: string; version: number }> {
  requireBrandPermission(ctx, 'offer.negotiate', 'Your role in this organization does not allow negotiating offers.');
  return withTransaction(ctx, async (tx) => {
    const { offer, side } = await loadOffer(tx.db, tx, input.offerId);
    const refusal = moveRefusal(offer, side, input.version, new Date());
    if (refusal) throw refusal;
    const updated = await applyMove(tx, offer, side, input.version, {
      status: 'rejected',
      extra: { rejectedAt: new Date(), rejectionReason: input.reason },
    });
    await recordMove(tx, offer, updated, 'reject_offer', input.reason);
    await notifySide(tx.db, offer, otherSide(side), {
      type: 'offer_rejected',
      title: `Offer rejected: ${offer.campaignTitle}`,
      body: `${side === 'brand' ? 'The brand' : 'The creator'} rejected the offer. Reason: ${input.reason}`,
    });
    return { id: updated.id, version: updated.version };
  });
}
