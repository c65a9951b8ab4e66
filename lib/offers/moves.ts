import { and, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  campaigns,
  offerRevisions,
  offers,
  organizations,
  type CampaignStatus,
  type CounterParty,
  type Offer,
  type OfferStatus,
  type OfferTerms,
} from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { isRecordId } from '@/lib/campaigns/queries';
import type { ActorCtx, Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { notify, organizationRecipients, type NotificationMessage } from '@/lib/notifications/notify';
import { roleAllows, type BrandPermission } from '@/lib/organizations/permissions';

export type OfferSide = CounterParty;
/** The brand side acts through its organization membership; the creator side as the offer's influencer. */
export type PartyCtx = BrandCtx | ActorCtx;

export const openStatuses = ['pending', 'counter'] as const satisfies readonly OfferStatus[];
export const sideLabels: Record<OfferSide, string> = { brand: 'the brand', influencer: 'the creator' };
export const otherSide = (side: OfferSide): OfferSide => (side === 'brand' ? 'influencer' : 'brand');

export const isBrandCtx = (ctx: PartyCtx): ctx is BrandCtx => 'organization' in ctx && Boolean(ctx.organization);

export type LoadedOffer = Offer & { orgSlug: string; campaignTitle: string; campaignStatus: CampaignStatus };

/** The columns of a LoadedOffer, for a select joined to organizations and campaigns. */
export const loadedOfferColumns = {
  ...getTableColumns(offers),
  orgSlug: organizations.slug,
  campaignTitle: campaigns.title,
  campaignStatus: campaigns.status,
};

const formatDay = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);

export const expiredMessage = (offer: Pick<Offer, 'expiresAt'>) =>
  `This offer expired on ${offer.expiresAt ? formatDay(offer.expiresAt) : 'its expiry date'}.`;

/** The offer with what notifications need; any caller that is neither side gets NotFound. */
export async function loadOffer(db: Executor, ctx: PartyCtx, offerId: string): Promise<{ offer: LoadedOffer; side: OfferSide }> {
  if (!isRecordId(offerId)) throw new NotFoundError('Offer not found.');
  const [offer] = await db
    .select(loadedOfferColumns)
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .where(
      and(
        eq(offers.id, offerId),
        isBrandCtx(ctx) ? eq(offers.organizationId, ctx.organization.id) : eq(offers.influencerId, ctx.actor.userId),
      ),
    );
  if (!offer) throw new NotFoundError('Offer not found.');
  return { offer, side: isBrandCtx(ctx) ? 'brand' : 'influencer' };
}

export function requireBrandPermission(ctx: PartyCtx, permission: BrandPermission, message: string) {
  if (isBrandCtx(ctx) && !roleAllows(ctx.membershipRole, permission)) throw new ForbiddenError(message);
}

const changedMessage = (version: number) =>
  `This offer changed while you were looking at it: it is now version ${version}. Reload to see the latest terms.`;

/** Why `side` may not answer this offer at `expectedVersion` now, as the error to throw; null when it may. */
export function moveRefusal(offer: Offer, side: OfferSide, expectedVersion: number, now: Date): Error | null {
  if (offer.status === 'expired' || (offer.expiresAt && offer.expiresAt.getTime() <= now.getTime())) {
    return new ConflictError(expiredMessage(offer));
  }
  if (!(openStatuses as readonly string[]).includes(offer.status)) {
    return new ConflictError(
      `This offer is ${offer.status === 'completed' ? 'completed' : offer.status}: it can no longer change.`,
    );
  }
  if (offer.version !== expectedVersion) return new ConflictError(changedMessage(offer.version));
  if (offer.counterBy === side) {
    return new ConflictError(`It is ${sideLabels[otherSide(side)]}'s turn: wait for their answer to your latest proposal.`);
  }
  return null;
}

/** The database's clock as it is now, even late in a long transaction (now() is the transaction's start). */
export async function databaseClock(db: Executor): Promise<Date> {
  const [row] = await db.execute<{ ms: number }>(sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms`);
  return new Date(row!.ms);
}

const campaignStatusesTakingOffers: readonly CampaignStatus[] = ['published', 'active', 'paused'];

/** Counter-offers and acceptances need a campaign that still takes offers; rejecting stays possible. */
export function requireCampaignTakingOffers(campaignStatus: CampaignStatus) {
  if (!campaignStatusesTakingOffers.includes(campaignStatus)) {
    throw new ConflictError(`The campaign is ${campaignStatus}: its offers can no longer be countered or accepted.`);
  }
}

export interface MoveChange {
  status: OfferStatus;
  price?: string;
  terms?: OfferTerms;
  counterBy?: OfferSide;
  expiresAt?: Date;
  extra?: Partial<Pick<Offer, 'acceptedAt' | 'rejectedAt' | 'rejectionReason' | 'expiryWarnedAt'>>;
}

export const auditView = (offer: Offer) => ({
  status: offer.status,
  version: offer.version,
  price: offer.price,
  terms: offer.terms,
  counterBy: offer.counterBy,
  expiresAt: offer.expiresAt,
  rejectionReason: offer.rejectionReason,
});

export async function appendRevision(db: Executor, offer: Offer, changedBy: string | null, note: string | null) {
  await db.insert(offerRevisions).values({
    offerId: offer.id,
    version: offer.version,
    price: offer.price,
    currency: offer.currency,
    // The revision keeps the expiry of that version too (offer_revisions has no column for it).
    terms: { ...(offer.terms ?? {}), expires_at: offer.expiresAt?.toISOString() ?? null },
    status: offer.status,
    counterBy: offer.counterBy,
    changedBy,
    note,
  });
}

/**
 * The version-checked write every move goes through: it only matches the offer at the version the mover saw, still
 * open, not expired, and with the mover to move. Zero rows means someone else moved first (or time ran out).
 */
export async function applyMove(
  tx: Ctx,
  offer: Offer,
  side: OfferSide | null,
  expectedVersion: number,
  change: MoveChange,
  condition?: SQL,
): Promise<Offer> {
  const [updated] = await tx.db
    .update(offers)
    .set({
      status: change.status,
      version: sql`${offers.version} + 1`,
      ...(change.price !== undefined ? { price: change.price } : {}),
      ...(change.terms !== undefined ? { terms: change.terms } : {}),
      ...(change.counterBy !== undefined ? { counterBy: change.counterBy } : {}),
      ...(change.expiresAt !== undefined ? { expiresAt: change.expiresAt, expiryWarnedAt: null } : {}),
      ...change.extra,
    })
    .where(
      and(
        eq(offers.id, offer.id),
        eq(offers.version, expectedVersion),
        inArray(offers.status, [...openStatuses]),
        side ? ne(offers.counterBy, side) : undefined,
        // clock_timestamp(), not now(): the move may have waited on a lock since the transaction started.
        side ? sql`(${offers.expiresAt} is null or ${offers.expiresAt} > clock_timestamp())` : undefined,
        condition,
      ),
    )
    .returning();
  if (updated) return updated;
  const [current] = await tx.db.select().from(offers).where(eq(offers.id, offer.id));
  throw (
    (side && current && moveRefusal(current, side, expectedVersion, new Date())) ||
    new ConflictError(changedMessage(current?.version ?? offer.version))
  );
}

/** Revision + audit of a move that has just been written. */
export async function recordMove(tx: Ctx, before: Offer, after: Offer, action: string, note: string | null) {
  const system = tx.actor === null;
  await appendRevision(tx.db, after, system ? null : tx.actor!.userId, note);
  await recordAudit(tx, {
    action,
    resourceType: 'offer',
    resourceId: after.id,
    bySystem: system,
    metadata: { ...diffFields(auditView(before), auditView(after)), version: after.version, ...(note ? { note } : {}) },
  });
}

export const offerLinks = (offer: Pick<LoadedOffer, 'id' | 'orgSlug'>) => ({
  brand: `/brand/${offer.orgSlug}/offers/${offer.id}`,
  influencer: `/creator/offers/${offer.id}`,
});

/** Notifies one side of the offer: every member of the organization, or the creator. */
export async function notifySide(
  db: Executor,
  offer: Pick<LoadedOffer, 'id' | 'orgSlug' | 'organizationId' | 'influencerId'>,
  side: OfferSide,
  message: Omit<NotificationMessage, 'link'>,
) {
  const recipients = side === 'brand' ? await organizationRecipients(db, offer.organizationId) : [offer.influencerId];
  await notify(db, recipients, { ...message, link: offerLinks(offer)[side] });
}
