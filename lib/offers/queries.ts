import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import {
  campaigns,
  contracts,
  deliverables,
  offerRevisions,
  offers,
  offerStatuses,
  organizations,
  profiles,
  users,
  type OfferStatus,
} from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { openStatuses } from './moves';

export const isOfferStatus = (value: unknown): value is OfferStatus =>
  typeof value === 'string' && (offerStatuses as readonly string[]).includes(value);

const listColumns = {
  id: offers.id,
  campaignId: offers.campaignId,
  campaignTitle: campaigns.title,
  price: offers.price,
  currency: offers.currency,
  status: offers.status,
  version: offers.version,
  counterBy: offers.counterBy,
  initiatedBy: offers.initiatedBy,
  expiresAt: offers.expiresAt,
  updatedAt: offers.updatedAt,
};

/** The organization's offers, newest activity first, optionally of one status; one query. */
export function listBrandOffers(db: Executor, organizationId: string, status?: OfferStatus) {
  return db
    .select({ ...listColumns, creatorId: offers.influencerId, creatorName: profiles.displayName })
    .from(offers)
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .leftJoin(profiles, eq(profiles.userId, offers.influencerId))
    .where(and(eq(offers.organizationId, organizationId), status ? eq(offers.status, status) : undefined))
    .orderBy(desc(offers.updatedAt), desc(offers.id))
    .limit(500);
}

/** The creator's offers, newest activity first, optionally of one status; one query. */
export function listCreatorOffers(db: Executor, influencerId: string, status?: OfferStatus) {
  return db
    .select({ ...listColumns, brandName: organizations.name })
    .from(offers)
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.influencerId, influencerId), status ? eq(offers.status, status) : undefined))
    .orderBy(desc(offers.updatedAt), desc(offers.id))
    .limit(500);
}

export type BrandOfferRow = Awaited<ReturnType<typeof listBrandOffers>>[number];
export type CreatorOfferRow = Awaited<ReturnType<typeof listCreatorOffers>>[number];

export type OfferScope = { organizationId: string } | { influencerId: string };

const changer = alias(users, 'changer');
const changerProfile = alias(profiles, 'changer_profile');

/** One offer with its campaign, deliverables, both parties, every revision and its contract; null outside the scope. */
export async function getOfferDetail(db: Executor, offerId: string, scope: OfferScope) {
  if (!isRecordId(offerId)) return null;
  const [row] = await db
    .select({
      offer: getTableColumns(offers),
      campaign: {
        id: campaigns.id,
        title: campaigns.title,
        status: campaigns.status,
        currency: campaigns.currency,
        budgetMax: campaigns.budgetMax,
      },
      organization: { id: organizations.id, name: organizations.name, slug: organizations.slug },
      creatorName: profiles.displayName,
      contractId: contracts.id,
      pastExpiry: sql<boolean>`coalesce(${offers.expiresAt} <= now(), false)`,
    })
    .from(offers)
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .leftJoin(profiles, eq(profiles.userId, offers.influencerId))
    .leftJoin(contracts, eq(contracts.offerId, offers.id))
    .where(
      and(
        eq(offers.id, offerId),
        'organizationId' in scope ? eq(offers.organizationId, scope.organizationId) : eq(offers.influencerId, scope.influencerId),
      ),
    );
  if (!row) return null;
  const [deliverableRows, revisions] = await Promise.all([
    db
      .select({ id: deliverables.id, type: deliverables.type, count: deliverables.count })
      .from(deliverables)
      .where(eq(deliverables.campaignId, row.campaign.id))
      .orderBy(asc(deliverables.createdAt), asc(deliverables.id)),
    db
      .select({
        ...getTableColumns(offerRevisions),
        changerName: sql<string | null>`coalesce(${changerProfile.displayName}, ${changer.name}, ${changer.email})`,
      })
      .from(offerRevisions)
      .leftJoin(changer, eq(changer.id, offerRevisions.changedBy))
      .leftJoin(changerProfile, eq(changerProfile.userId, offerRevisions.changedBy))
      .where(eq(offerRevisions.offerId, row.offer.id))
      .orderBy(asc(offerRevisions.version)),
  ]);
  return {
    ...row,
    creator: { id: row.offer.influencerId, displayName: row.creatorName ?? 'Unnamed creator' },
    deliverables: deliverableRows,
    revisions,
  };
}

export type OfferDetail = NonNullable<Awaited<ReturnType<typeof getOfferDetail>>>;
export type OfferRevisionRow = OfferDetail['revisions'][number];

/** The creator's open (pending, countered or accepted) offer on a campaign, if any. */
export async function findOpenOffer(db: Executor, influencerId: string, campaignId: string) {
  if (!isRecordId(campaignId)) return null;
  const [row] = await db
    .select({ id: offers.id, status: offers.status })
    .from(offers)
    .where(
      and(
        eq(offers.influencerId, influencerId),
        eq(offers.campaignId, campaignId),
        inArray(offers.status, [...openStatuses, 'accepted']),
      ),
    );
  return row ?? null;
}

/** The organization's campaigns that can take offers, with their deliverables (two queries). */
export async function listInvitableCampaigns(db: Executor, organizationId: string) {
  const rows = await db
    .select({ id: campaigns.id, title: campaigns.title, currency: campaigns.currency })
    .from(campaigns)
    .where(and(eq(campaigns.organizationId, organizationId), inArray(campaigns.status, ['published', 'active'])))
    .orderBy(desc(campaigns.publishedAt), desc(campaigns.id));
  if (rows.length === 0) return [];
  const items = await db
    .select({ id: deliverables.id, campaignId: deliverables.campaignId, type: deliverables.type, count: deliverables.count })
    .from(deliverables)
    .where(
      inArray(
        deliverables.campaignId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(deliverables.createdAt), asc(deliverables.id));
  return rows.map((row) => ({ ...row, deliverables: items.filter((item) => item.campaignId === row.id) }));
}

export type InvitableCampaign = Awaited<ReturnType<typeof listInvitableCampaigns>>[number];

/** An active creator the brand may invite, with the name to show. */
export async function findInvitableCreator(db: Executor, creatorId: string) {
  if (!isRecordId(creatorId)) return null;
  const [row] = await db
    .select({ id: users.id, displayName: profiles.displayName })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(and(eq(users.id, creatorId), eq(users.role, 'influencer'), eq(users.status, 'active')));
  return row ? { id: row.id, displayName: row.displayName ?? 'Unnamed creator' } : null;
}
