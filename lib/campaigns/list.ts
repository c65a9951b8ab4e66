import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, organizations, type CampaignStatus, type OfferStatus, type PaymentStatus } from '@/db/schema';
import { literals } from '@/db/schema/columns';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { effectiveSort, type CampaignListParams } from './list-params';

export type CampaignListCtx = Ctx & { organizationId: string };

export interface CampaignListRow {
  id: string;
  title: string;
  status: CampaignStatus;
  budgetMin: string | null;
  budgetMax: string | null;
  currency: string;
  startDate: Date | null;
  endDate: Date | null;
  createdAt: Date;
  /** Offers the creator accepted (status accepted or completed). */
  offersAccepted: number;
  /** Offers in any status. */
  offersTotal: number;
  /** Captured and released payments, a decimal string in the campaign's currency. */
  spend: string;
}

/** How the organization reads dates and numbers: English text in its country's conventions and its time zone. */
export interface ListFormat {
  locale: string;
  timeZone: string;
}

export interface CampaignListResult {
  rows: CampaignListRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** False only when the organization has no campaign at all, whatever the filters. */
  hasAnyCampaigns: boolean;
  format: ListFormat;
}

export const exportPageSize = 1000;

const committedOfferStatuses = ['accepted', 'completed'] as const satisfies readonly OfferStatus[];
const spentPaymentStatuses = ['captured', 'released'] as const satisfies readonly PaymentStatus[];

// Each aggregate is its own correlated subquery, so offers and payments never multiply each other. They are
// computed in the outer query, for the rows of the page only: in the select list of the limited query itself,
// PostgreSQL would also compute them for every row skipped by OFFSET.
const offersAccepted = (campaignId: SQL) =>
  sql<number>`(select count(*)::int from "offers" o where o."campaign_id" = ${campaignId} and o."status" in (${literals(
    committedOfferStatuses,
  )}))`;
const offersTotal = (campaignId: SQL) =>
  sql<number>`(select count(*)::int from "offers" o where o."campaign_id" = ${campaignId})`;
/** Accepted, then total: one probe per campaign where two subqueries would take two (int arrays compare element-wise). */
const offersSortKey = (campaignId: SQL) =>
  sql`(select array[count(*) filter (where o."status" in (${literals(committedOfferStatuses)})), count(*)]
    from "offers" o where o."campaign_id" = ${campaignId})`;
// payments_campaign_id_currency_fk guarantees every payment is in the campaign's currency.
const spend = (campaignId: SQL) =>
  sql<string>`(select coalesce(sum(p."amount"), 0)::numeric(19, 2) from "payments" p where p."campaign_id" = ${campaignId} and p."status" in (${literals(
    spentPaymentStatuses,
  )}))`;

const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** The organization id comes from the caller's membership, never from request input. */
function filters(organizationId: string, params: CampaignListParams): SQL {
  // Date filters are whole days in the organization's time zone, as the list displays them.
  const timeZone = sql`(select ${organizations.timezone} from ${organizations} where ${organizations.id} = ${organizationId})`;
  const conditions: (SQL | undefined)[] = [
    eq(campaigns.organizationId, organizationId),
    params.statuses.length > 0 ? inArray(campaigns.status, params.statuses) : undefined,
    params.from ? gte(campaigns.startDate, sql`(${params.from}::date)::timestamp at time zone ${timeZone}`) : undefined,
    params.to ? lt(campaigns.startDate, sql`(${params.to}::date + 1)::timestamp at time zone ${timeZone}`) : undefined,
    params.q ? sql`${campaigns.searchVector} @@ ${tsQuery(params.q)}` : undefined,
  ];
  return and(...conditions)!;
}

// Spelled out: Drizzle leaves column names unqualified in a single-table select list, and inside the aggregate
// subqueries a bare "id" would be the offer's or the payment's.
const campaignId = sql`"campaigns"."id"`;

interface SortPlan {
  key: SQL;
  dir: 'asc' | 'desc';
  nullable: boolean;
  /** Equal relevance: newest first. */
  thenNewest: boolean;
}

function sortPlan(params: CampaignListParams): SortPlan {
  const { key, dir } = effectiveSort(params);
  const plan = (sortKey: SQL, nullable = false): SortPlan => ({ key: sortKey, dir, nullable, thenNewest: key === 'rank' });
  switch (key) {
    case 'rank':
      return plan(sql`ts_rank(${campaigns.searchVector}, ${tsQuery(params.q ?? '')})`);
    case 'title':
      return plan(sql`lower(${campaigns.title})`);
    case 'status':
      return plan(sql`${campaigns.status}`);
    case 'start_date':
      return plan(sql`${campaigns.startDate}`, true);
    case 'end_date':
      return plan(sql`${campaigns.endDate}`, true);
    case 'budget_max':
      return plan(sql`${campaigns.budgetMax}`, true);
    case 'created_at':
      return plan(sql`${campaigns.createdAt}`);
    case 'offers':
      return plan(offersSortKey(campaignId));
    case 'spend':
      return plan(spend(campaignId));
  }
}

/** Every order ends with the id, so equal values keep one stable order across pages. */
function ordering(plan: SortPlan, column: (name: 'sort_key' | 'created_at' | 'id') => SQL): SQL[] {
  const direction = plan.dir === 'asc' ? sql`asc` : sql`desc`;
  return [
    sql`${column('sort_key')} ${direction}${plan.nullable ? sql` nulls last` : sql``}`,
    ...(plan.thenNewest ? [sql`${column('created_at')} desc`] : []),
    sql`${column('id')} ${direction}`,
  ];
}

/**
 * One page of the list in one statement (exported for the benchmark's EXPLAIN): the inner query filters, sorts
 * and cuts the page; the outer one adds offers and spend to those rows and keeps their order.
 */
export function campaignPageQuery(
  db: Executor,
  organizationId: string,
  params: CampaignListParams,
  limit: number,
  offset: number,
) {
  const plan = sortPlan(params);
  const page = db
    .select({
      id: campaigns.id,
      title: campaigns.title,
      status: campaigns.status,
      budgetMin: campaigns.budgetMin,
      budgetMax: campaigns.budgetMax,
      currency: campaigns.currency,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      createdAt: campaigns.createdAt,
      sortKey: plan.key.as('sort_key'),
    })
    .from(campaigns)
    .where(filters(organizationId, params))
    // Output column names: the sort keys are computed once, in the select list.
    .orderBy(...ordering(plan, (name) => sql`${sql.identifier(name)}`))
    .limit(limit)
    .offset(offset)
    .as('page');
  const pageId = sql`"page"."id"`;
  return db
    .select({
      id: page.id,
      title: page.title,
      status: page.status,
      budgetMin: page.budgetMin,
      budgetMax: page.budgetMax,
      currency: page.currency,
      startDate: page.startDate,
      endDate: page.endDate,
      createdAt: page.createdAt,
      offersAccepted: offersAccepted(pageId).as('offers_accepted'),
      offersTotal: offersTotal(pageId).as('offers_total'),
      spend: spend(pageId).as('spend'),
    })
    .from(page)
    .orderBy(...ordering(plan, (name) => sql`"page".${sql.identifier(name)}`));
}

/** The count of matching rows, with what the page needs to know about the organization, in one statement. */
export function campaignSummaryQuery(db: Executor, organizationId: string, params: CampaignListParams) {
  return db
    .select({
      total: sql<number>`(select count(*)::int from ${campaigns} where ${filters(organizationId, params)})`,
      hasAnyCampaigns: sql<boolean>`exists (select from "campaigns" c where c."organization_id" = "organizations"."id")`,
      country: organizations.country,
      timeZone: organizations.timezone,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
}

const formatOf = (country: string, timeZone: string): ListFormat => ({ locale: `en-${country}`, timeZone });

export async function listCampaigns(ctx: CampaignListCtx, params: CampaignListParams): Promise<CampaignListResult> {
  const { db, organizationId } = ctx;
  const offset = (page: number) => (page - 1) * params.size;
  const [[summary], firstTry] = await Promise.all([
    campaignSummaryQuery(db, organizationId, params),
    campaignPageQuery(db, organizationId, params, params.size, offset(params.page)),
  ]);
  if (!summary) throw new NotFoundError('Organization not found.');
  const pageCount = Math.max(1, Math.ceil(summary.total / params.size));
  // A page past the end (an old link, rows deleted since) shows the last page instead of nothing.
  const page = Math.min(params.page, pageCount);
  const rows = page === params.page ? firstTry : await campaignPageQuery(db, organizationId, params, params.size, offset(page));
  return {
    rows,
    total: summary.total,
    page,
    pageSize: params.size,
    pageCount,
    hasAnyCampaigns: summary.hasAnyCampaigns,
    format: formatOf(summary.country, summary.timeZone),
  };
}

export async function organizationFormat(ctx: CampaignListCtx): Promise<ListFormat> {
  const [organization] = await ctx.db
    .select({ country: organizations.country, timeZone: organizations.timezone })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  if (!organization) throw new NotFoundError('Organization not found.');
  return formatOf(organization.country, organization.timeZone);
}

/**
 * Every matching row in the list's order, handed over in pages of `exportPageSize`. The pages are read in one
 * read-only REPEATABLE READ transaction, so rows changing meanwhile cannot be skipped or repeated between pages.
 */
export async function forEachCampaignPage(
  ctx: CampaignListCtx,
  params: CampaignListParams,
  handle: (rows: CampaignListRow[]) => Promise<void>,
): Promise<void> {
  const readAll = async (db: Executor) => {
    for (let offset = 0; ; offset += exportPageSize) {
      const rows = await campaignPageQuery(db, ctx.organizationId, params, exportPageSize, offset);
      if (rows.length > 0) await handle(rows);
      if (rows.length < exportPageSize) return;
    }
  };
  // Inside a caller's transaction its snapshot already holds.
  if ('rollback' in ctx.db) return readAll(ctx.db);
  return ctx.db.transaction(readAll, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
