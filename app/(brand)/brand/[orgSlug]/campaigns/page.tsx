import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { CampaignFilterForm } from '@/components/campaigns/list/filter-form';
import { CampaignTable } from '@/components/campaigns/list/campaign-table';
import { toCampaignTableRow } from '@/components/campaigns/list/rows';
import type { DataTableSort } from '@/components/data-table/features';
import { Pagination } from '@/components/data-table/pagination';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { listCampaigns } from '@/lib/campaigns/list';
import {
  campaignListHref,
  campaignListQuery,
  campaignSortKeys,
  defaultPageSize,
  effectiveSort,
  hasActiveFilters,
  parseCampaignListParams,
  sortedBy,
  withoutFilters,
  type CampaignListParams,
} from '@/lib/campaigns/list-params';
import { requestMeta } from '@/lib/http/request-meta';
import { roleAllows } from '@/lib/organizations/permissions';

interface CampaignsPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Campaigns' };

const sortLabels = {
  title: 'title',
  status: 'status',
  start_date: 'start date',
  end_date: 'end date',
  budget_max: 'budget',
  created_at: 'creation date',
  offers: 'accepted offers',
  spend: 'spend',
} as const;

function describeSort(params: CampaignListParams): { sort: DataTableSort; caption: string } {
  const { key, dir } = effectiveSort(params);
  if (key === 'rank') return { sort: null, caption: 'Campaigns, best match first' };
  const order = dir === 'asc' ? 'ascending' : 'descending';
  return { sort: { id: key, desc: dir === 'desc' }, caption: `Campaigns, sorted by ${sortLabels[key]}, ${order}` };
}

export default async function CampaignsPage({ params, searchParams }: CampaignsPageProps) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const requested = parseCampaignListParams(await searchParams);
  const result = await listCampaigns(
    {
      db: db(),
      actor: { userId: user.id, role: user.role },
      request: await requestMeta(),
      organizationId: membership.organization.id,
    },
    requested,
  );
  const view = { ...requested, page: result.page };
  const basePath = `/brand/${orgSlug}/campaigns`;
  const newCampaignHref = `${basePath}/new`;
  const clearHref = campaignListHref(basePath, withoutFilters(view));
  const exportQuery = campaignListQuery({ ...view, page: 1, size: defaultPageSize });
  const canCreate = roleAllows(membership.role, 'campaign.draft');

  const actions = (
    <>
      {result.hasAnyCampaigns && (
        <a href={`${basePath}/export${exportQuery ? `?${exportQuery}` : ''}`} className={buttonClasses('secondary')}>
          Export CSV
        </a>
      )}
      {canCreate && (
        <Link href={newCampaignHref} className={buttonClasses('primary')}>
          New campaign
        </Link>
      )}
    </>
  );

  if (!result.hasAnyCampaigns) {
    return (
      <>
        <PageHeader title="Campaigns" actions={actions} />
        <EmptyState title="No campaigns yet">
          <p>Campaigns brief creators on what to make. Start with a draft: nothing is published until you say so.</p>
          {canCreate && (
            <p>
              <Link href={newCampaignHref} className="font-semibold text-accent-700 hover:underline">
                Create your first campaign
              </Link>
            </p>
          )}
        </EmptyState>
      </>
    );
  }

  const numbers = new Intl.NumberFormat(result.format.locale);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  const { sort, caption } = describeSort(view);
  const sortHrefs = Object.fromEntries(campaignSortKeys.map((key) => [key, campaignListHref(basePath, sortedBy(view, key))]));

  return (
    <>
      <PageHeader title="Campaigns" actions={actions} />
      <CampaignFilterForm action={basePath} params={view} clearHref={clearHref} />
      {result.total === 0 ? (
        <EmptyState title="No campaigns match these filters">
          <p>Try other words, more statuses or a wider date range.</p>
          <p>
            <Link href={clearHref} className="font-semibold text-accent-700 hover:underline">
              Clear filters
            </Link>
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="campaign-results">
          <h2 id="campaign-results" className="sr-only">
            Results
          </h2>
          <p className="mb-3 text-sm text-zinc-600">
            Showing {numbers.format(first)}–{numbers.format(last)} of {numbers.format(result.total)}{' '}
            {hasActiveFilters(view) ? 'matching campaigns' : 'campaigns'}
          </p>
          <CampaignTable
            caption={caption}
            rows={result.rows.map((row) => toCampaignTableRow(row, result.format, orgSlug))}
            sort={sort}
            sortHrefs={sortHrefs}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => campaignListHref(basePath, { ...view, page })}
          />
        </section>
      )}
    </>
  );
}
