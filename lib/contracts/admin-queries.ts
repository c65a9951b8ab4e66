import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { campaigns, contracts, contractStatuses, offers, organizations, profiles, type ContractStatus } from '@/db/schema';
import { intactSql } from './queries';

export const adminContractsPageSize = 50;
const maxPage = 100_000;

export interface AdminContractListParams {
  status?: ContractStatus;
  page: number;
}

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Each field falls back on its own, so a bad value in the URL shows the default view instead of an error.
const paramsSchema = z.object({
  status: z.preprocess(single, z.enum(contractStatuses).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(maxPage)).catch(1),
});

export function parseAdminContractListParams(input: Record<string, string | string[] | undefined>): AdminContractListParams {
  const { status, page } = paramsSchema.parse(input);
  return status ? { status, page } : { page };
}

/** The URL of a view of /admin/contracts; the default view has no query string. */
export function adminContractsHref(params: AdminContractListParams): string {
  const query = new URLSearchParams();
  if (params.status) query.set('status', params.status);
  if (params.page > 1) query.set('page', String(params.page));
  const search = query.toString();
  return search ? `/admin/contracts?${search}` : '/admin/contracts';
}

/** One page of every organization's contracts (newest first) and how many match the filter: two queries. */
export async function listAdminContracts(db: Executor, params: AdminContractListParams) {
  const where = params.status ? eq(contracts.status, params.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: contracts.id,
        status: contracts.status,
        createdAt: contracts.createdAt,
        disputeStatus: contracts.disputeStatus,
        intact: intactSql,
        campaignTitle: campaigns.title,
        organizationName: organizations.name,
        creatorName: profiles.displayName,
        price: offers.price,
        currency: offers.currency,
      })
      .from(contracts)
      .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
      .innerJoin(offers, eq(offers.id, contracts.offerId))
      .leftJoin(profiles, eq(profiles.userId, contracts.influencerId))
      .where(where)
      .orderBy(desc(contracts.createdAt), desc(contracts.id))
      .limit(adminContractsPageSize)
      .offset((params.page - 1) * adminContractsPageSize),
    db.select({ n: count() }).from(contracts).where(where),
  ]);
  const totalCount = total?.n ?? 0;
  return { rows, total: totalCount, pageCount: Math.max(1, Math.ceil(totalCount / adminContractsPageSize)) };
}

export type AdminContractRow = Awaited<ReturnType<typeof listAdminContracts>>['rows'][number];
