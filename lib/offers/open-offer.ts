import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { deliverables, offers, type Offer } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import type { ActorCtx } from '@/lib/context';
import { ConflictError, isUniqueViolation, ValidationError } from '@/lib/errors';
import { appendRevision, auditView, notifySide, type OfferSide } from './moves';
import { checkTermsCurrency, storedTerms, type OfferTermsInput } from './schemas';

export const activeOfferMessage =
  'There is already an open offer between this creator and this campaign: answer or reject that one first.';

/** Every deliverable in the terms must be one of the campaign's. */
export async function checkCampaignDeliverables(db: Executor, campaignId: string, terms: OfferTermsInput) {
  const rows = await db.select({ id: deliverables.id }).from(deliverables).where(eq(deliverables.campaignId, campaignId));
  const known = new Set(rows.map((row) => row.id));
  if (terms.deliverables.some((item) => !known.has(item.deliverable_id))) {
    throw new ValidationError('Choose deliverables of this campaign.', {
      deliverables: ['Choose deliverables of this campaign.'],
    });
  }
}

/** The one active offer per creator and campaign is the database's rule (idx_offers_active_per_influencer). */
export async function friendlyActiveOffer<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'idx_offers_active_per_influencer')) throw new ConflictError(activeOfferMessage);
    throw error;
  }
}

interface OpeningOffer {
  campaign: { id: string; organizationId: string; currency: string; title: string };
  orgSlug: string;
  influencerId: string;
  side: OfferSide;
  terms: OfferTermsInput;
}

/** Inserts version 1 with its revision and audit row, and tells the other side; inside the caller's transaction. */
export async function openOffer(tx: ActorCtx, opening: OpeningOffer): Promise<Offer> {
  const { campaign, side, terms } = opening;
  await checkCampaignDeliverables(tx.db, campaign.id, terms);
  checkTermsCurrency(terms, campaign.currency);
  const [offer] = await tx.db
    .insert(offers)
    .values({
      campaignId: campaign.id,
      influencerId: opening.influencerId,
      organizationId: campaign.organizationId,
      price: terms.price,
      currency: campaign.currency,
      terms: storedTerms(terms),
      status: 'pending',
      version: 1,
      counterBy: side,
      initiatedBy: side,
      createdBy: tx.actor.userId,
      expiresAt: terms.expires_at,
    })
    .returning();
  const note = side === 'brand' ? 'Invitation sent' : 'Application sent';
  await appendRevision(tx.db, offer!, tx.actor.userId, terms.message ?? note);
  await recordAudit(tx, {
    action: side === 'brand' ? 'invite_creator' : 'apply_to_campaign',
    resourceType: 'offer',
    resourceId: offer!.id,
    metadata: { ...diffFields({}, auditView(offer!)), version: 1, campaignId: campaign.id },
  });
  const target = { ...offer!, orgSlug: opening.orgSlug };
  await notifySide(tx.db, target, side === 'brand' ? 'influencer' : 'brand', {
    type: 'offer_received',
    title: side === 'brand' ? `New offer: ${campaign.title}` : `New application: ${campaign.title}`,
    body:
      side === 'brand'
        ? `You have been invited to ${campaign.title} for ${terms.price} ${campaign.currency}.`
        : `A creator applied to ${campaign.title} asking ${terms.price} ${campaign.currency}.`,
  });
  return offer!;
}
