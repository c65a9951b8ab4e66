import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, deliverables, organizations, type CampaignStatus, type DeliverableType } from '@/db/schema';
import { literals } from '@/db/schema/columns';
import { isRecordId } from '@/lib/campaigns/queries';
import type { Ctx } from '@/lib/context';
import { effectiveSort, marketplacePageSize, type MarketplaceParams } from './params';

/** Creators only ever see campaigns open for work, of organizations Pactly has verified. */
export const marketplaceStatuses = ['published', 'active'] as const satisfies readonly CampaignStatus[];

export interface MarketplaceRow {
  id: string;
  title: string;
  brandName: string;
  brandCountry: string;
  budgetMin: string | null;
  budgetMax: string | null;
  currency: string;
  /** The submission deadline, or the end date when there is none. */
  deadline: Date | null;
  publishedAt: Date | null;
  /** Distinct deliverable types, alphabetical. */
  deliverableTypes: DeliverableType[];
}

export interface MarketplaceResult {
  rows: MarketplaceRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;
const deadline = sql<Date | null>`coalesce(${campaigns.submissionDeadline}, ${campaigns.endDate})`;

// Literals, not parameters: the planner can then match idx_campaigns_marketplace's predicate.
const visible = and(
  sql`${campaigns.status} in (${literals(marketplaceStatuses)})`,
  sql`${organizations.kycStatus} = 'verified'`,
)!;

function filters(params: MarketplaceParams): SQL {
  const conditions: (SQL | undefined)[] = [
    visible,
    params.q ? sql`${campaigns.searchVector} @@ ${tsQuery(params.q)}` : undefined,
    params.type
      ? sql`exists (select from "deliverables" d where d."campaign_id" = ${campaigns.id} and d."type" = ${params.type})`
      : undefined,
    params.platform ? sql`${campaigns.brief} -> 'platforms' ? ${params.platform}` : undefined,
    params.budgetMin ? sql`${campaigns.budgetMax} >= ${params.budgetMin}::numeric` : undefined,
    params.budgetMax ? sql`${campaigns.budgetMin} <= ${params.budgetMax}::numeric` : undefined,
    params.country ? eq(organizations.country, params.country) : undefined,
    params.deadlineBefore ? sql`${deadline} < (${params.deadlineBefore}::date)::timestamp at time zone 'UTC'` : undefined,
  ];
  return and(...conditions)!;
}

/** Every order ends with the id, so equal values keep one stable order across pages. */
function ordering(params: MarketplaceParams): SQL[] {
  // Plain DESC is idx_campaigns_marketplace's order (publishing always stamps published_at).
  const newest = [sql`${campaigns.publishedAt} desc`, sql`${campaigns.id} desc`];
  switch (effectiveSort(params)) {
    case 'best_match':
      return [sql`ts_rank(${campaigns.searchVector}, ${tsQuery(params.q ?? '')}) desc`, ...newest];
    case 'budget':
      return [sql`${campaigns.budgetMax} desc nulls last`, ...newest];
    case 'deadline':
      return [sql`${deadline} asc nulls last`, ...newest];
    case 'newest':
      return newest;
  }
}

/**
 * One page in one statement: the inner query filters, sorts and cuts the page; the outer one adds each row's
 * deliverable types (for the page's rows only) and keeps the order through the row number.
 */
export function marketplacePageQuery(db: Executor, params: MarketplaceParams, limit: number, offset: number) {
  const page = db
    .select({
      id: campaigns.id,
      title: campaigns.title,
      brandName: sql<string>`${organizations.name}`.as('brand_name'),
      brandCountry: sql<string>`${organizations.country}`.as('brand_country'),
      budgetMin: campaigns.budgetMin,
      budgetMax: campaigns.budgetMax,
      currency: campaigns.currency,
      deadline: sql<Date | null>`${deadline}`.mapWith(campaigns.submissionDeadline).as('deadline'),
      publishedAt: campaigns.publishedAt,
      position: sql<number>`row_number() over (order by ${sql.join(ordering(params), sql`, `)})`.as('position'),
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(filters(params))
    .orderBy(...ordering(params))
    .limit(limit)
    .offset(offset)
    .as('page');
  return db
    .select({
      id: page.id,
      title: page.title,
      brandName: page.brandName,
      brandCountry: page.brandCountry,
      budgetMin: page.budgetMin,
      budgetMax: page.budgetMax,
      currency: page.currency,
      deadline: page.deadline,
      publishedAt: page.publishedAt,
      deliverableTypes: sql<DeliverableType[]>`coalesce((select array_agg(distinct d."type" order by d."type")
        from "deliverables" d where d."campaign_id" = "page"."id"), '{}')`.as('deliverable_types'),
    })
    .from(page)
    .orderBy(asc(page.position));
}

export function marketplaceCountQuery(db: Executor, params: MarketplaceParams) {
  return db
    .select({ total: sql<number>`count(*)::int` })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(filters(params));
}

export async function listMarketplaceCampaigns(ctx: Ctx, params: MarketplaceParams): Promise<MarketplaceResult> {
  const { db } = ctx;
  const pageSize = marketplacePageSize;
  const offset = (page: number) => (page - 1) * pageSize;
  const [[count], firstTry] = await Promise.all([
    marketplaceCountQuery(db, params),
    marketplacePageQuery(db, params, pageSize, offset(params.page)),
  ]);
  const total = count?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // A page past the end (an old link, campaigns closed since) shows the last page instead of nothing.
  const page = Math.min(params.page, pageCount);
  const rows = page === params.page ? firstTry : await marketplacePageQuery(db, params, pageSize, offset(page));
  return { rows, total, page, pageSize, pageCount };
}

const { searchVector: _searchVector, ...campaignColumns } = getTableColumns(campaigns);

/** A campaign as a creator may see it, with its deliverables; null when it is not open on the marketplace. */
export async function findMarketplaceCampaign(ctx: Ctx, campaignId: string) {
  if (!isRecordId(campaignId)) return null;
  const [campaign] = await ctx.db
    .select({ ...campaignColumns, brandName: organizations.name, brandCountry: organizations.country })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(and(eq(campaigns.id, campaignId), visible));
  if (!campaign) return null;
  const rows = await ctx.db
    .select(getTableColumns(deliverables))
    .from(deliverables)
    .where(eq(deliverables.campaignId, campaign.id))
    .orderBy(asc(deliverables.createdAt), asc(deliverables.id));
  return { ...campaign, deliverables: rows };
}

export type MarketplaceCampaign = NonNullable<Awaited<ReturnType<typeof findMarketplaceCampaign>>>;
