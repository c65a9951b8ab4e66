import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, deliverables, offers, offerStatuses, organizations, type OfferStatus } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { fromMinorUnits, toMinorUnits } from './schemas';

const { searchVector: _searchVector, ...campaignColumns } = getTableColumns(campaigns);

/** Ids come from the URL: anything that is not a UUID matches no row (and must not reach a uuid column). */
export const isRecordId = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The campaign if it belongs to this organization (the id comes from the URL, the organization from the membership). */
export async function findCampaign(db: Executor, organizationId: string, campaignId: string) {
  if (!isRecordId(campaignId)) return null;
  const [row] = await db
    .select(campaignColumns)
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.organizationId, organizationId)));
  return row ?? null;
}

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

/**
 * Locks the organization's campaign row until the transaction ends, so concurrent changes to it (or to its
 * deliverables) run one after the other, and returns it with the organization's KYC status.
 */
export async function lockCampaign(tx: Executor, organizationId: string, campaignId: string) {
  const [row] = await tx
    .select({ ...campaignColumns, kycStatus: organizations.kycStatus })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.organizationId, organizationId)))
    .for('update', { of: campaigns });
  if (!row) throw new NotFoundError('Campaign not found.');
  return row;
}

export async function getOrganizationCurrency(db: Executor, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ currency: organizations.currency })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!row) throw new NotFoundError('Organization not found.');
  return row.currency;
}

export async function listDeliverables(db: Executor, campaignId: string) {
  return db
    .select()
    .from(deliverables)
    .where(eq(deliverables.campaignId, campaignId))
    .orderBy(asc(deliverables.createdAt), asc(deliverables.id));
}

export type DeliverableRow = Awaited<ReturnType<typeof listDeliverables>>[number];

export async function findDeliverable(db: Executor, organizationId: string, campaignId: string, deliverableId: string) {
  if (!isRecordId(deliverableId) || !isRecordId(campaignId)) return null;
  const [row] = await db
    .select(getTableColumns(deliverables))
    .from(deliverables)
    .innerJoin(campaigns, eq(campaigns.id, deliverables.campaignId))
    .where(
      and(
        eq(deliverables.id, deliverableId),
        eq(deliverables.campaignId, campaignId),
        eq(campaigns.organizationId, organizationId),
      ),
    );
  return row ?? null;
}

export interface OffersSummary {
  counts: Record<OfferStatus, number>;
  total: number;
  /** Accepted and completed offers' prices, per currency (never added across currencies). */
  acceptedTotals: { currency: string; amount: string }[];
}

/** As the budget trigger counts them: a terminated offer only for what was released to the creator (ADR 10). */
const committedStatuses: readonly OfferStatus[] = ['accepted', 'completed', 'terminated'];

/** Offer counts by status and the accepted total of one campaign, in one grouped query. */
export async function getOffersSummary(db: Executor, organizationId: string, campaignId: string): Promise<OffersSummary> {
  const rows = await db
    .select({
      status: offers.status,
      currency: offers.currency,
      count: count(),
      total: sql<string>`sum(case when ${offers.status} = 'terminated' then coalesce(${offers.releasedAmount}, 0) else ${offers.price} end)`,
    })
    .from(offers)
    .where(and(eq(offers.campaignId, campaignId), eq(offers.organizationId, organizationId)))
    .groupBy(offers.status, offers.currency);
  const counts = Object.fromEntries(offerStatuses.map((status) => [status, 0])) as Record<OfferStatus, number>;
  const accepted = new Map<string, bigint>();
  for (const row of rows) {
    counts[row.status] += row.count;
    if (committedStatuses.includes(row.status)) {
      accepted.set(row.currency, (accepted.get(row.currency) ?? 0n) + toMinorUnits(row.total));
    }
  }
  return {
    counts,
    total: rows.reduce((sum, row) => sum + row.count, 0),
    acceptedTotals: [...accepted].map(([currency, minor]) => ({ currency, amount: fromMinorUnits(minor) })),
  };
}

/** Everything the campaign page shows except the timeline; null when the campaign is not this organization's. */
export async function getCampaignDetail(db: Executor, organizationId: string, campaignId: string) {
  const campaign = await findCampaign(db, organizationId, campaignId);
  if (!campaign) return null;
  const [deliverableRows, offersSummary] = await Promise.all([
    listDeliverables(db, campaign.id),
    getOffersSummary(db, organizationId, campaign.id),
  ]);
  return { campaign, deliverables: deliverableRows, offersSummary };
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaignDetail>>>;
