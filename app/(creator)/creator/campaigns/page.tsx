import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/data-table/pagination';
import { MarketplaceCampaignList } from '@/components/marketplace/campaign-results';
import { MarketplaceFilterForm } from '@/components/marketplace/filter-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requireCreatorPage } from '@/lib/auth/guards';
import { requestMeta } from '@/lib/http/request-meta';
import {
  effectiveSort,
  hasActiveFilters,
  marketplaceHref,
  parseMarketplaceParams,
  withoutFilters,
  type MarketplaceSort,
} from '@/lib/marketplace/params';
import { listMarketplaceCampaigns } from '@/lib/marketplace/queries';

interface CampaignsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Find campaigns' };

const basePath = '/creator/campaigns';
const orderLabels: Record<MarketplaceSort, string> = {
  best_match: 'best match first',
  newest: 'newest first',
  budget: 'highest budget first',
  deadline: 'soonest deadline first',
};

export default async function FindCampaignsPage({ searchParams }: CampaignsPageProps) {
  const user = await requireCreatorPage(basePath);
  const requested = parseMarketplaceParams(await searchParams);
  const result = await listMarketplaceCampaigns(
    { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() },
    requested,
  );
  const view = { ...requested, page: result.page };
  const clearHref = marketplaceHref(basePath, withoutFilters(view));
  const numbers = new Intl.NumberFormat('en-GB');
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  const filtered = hasActiveFilters(view);

  return (
    <>
      <PageHeader
        title="Find campaigns"
        description={<p>Paid campaigns from verified brands. Open one to read its brief and deliverables.</p>}
      />
      <MarketplaceFilterForm action={basePath} params={view} clearHref={clearHref} />
      {result.total === 0 ? (
        <EmptyState title={filtered ? 'No campaigns match these filters' : 'No open campaigns right now'}>
          {filtered ? (
            <>
              <p>
                Try fewer or more general words, another deliverable type or platform, a wider budget range, any brand country or
                a later deadline.
              </p>
              <p>
                <Link href={clearHref} className="font-semibold text-accent-700 hover:underline">
                  Clear filters
                </Link>
              </p>
            </>
          ) : (
            <p>Brands publish new campaigns every week: come back soon, and complete your profile in the meantime.</p>
          )}
        </EmptyState>
      ) : (
        <section aria-labelledby="campaign-results">
          <h2 id="campaign-results" className="sr-only">
            Results
          </h2>
          <p className="mb-3 text-sm text-zinc-600">
            Showing {numbers.format(first)}–{numbers.format(last)} of {numbers.format(result.total)}{' '}
            {filtered ? 'matching campaigns' : 'campaigns'}, {orderLabels[effectiveSort(view)]}
          </p>
          <MarketplaceCampaignList campaigns={result.rows} />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => marketplaceHref(basePath, { ...view, page })}
          />
        </section>
      )}
    </>
  );
}
