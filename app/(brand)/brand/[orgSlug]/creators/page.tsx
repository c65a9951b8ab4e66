import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { Pagination } from '@/components/data-table/pagination';
import { CreatorFilterForm } from '@/components/discovery/creator-filter-form';
import { CreatorTable } from '@/components/discovery/creator-table';
import { toCreatorTableRow } from '@/components/discovery/rows';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { searchCreators } from '@/lib/discovery/search';
import {
  creatorSearchHref,
  creatorSortKeys,
  parseCreatorSearchParams,
  sortedBy,
  type CreatorSearchParams,
} from '@/lib/discovery/search-params';
import { listShortlists } from '@/lib/discovery/shortlist-queries';
import { requestMeta } from '@/lib/http/request-meta';
import { addToShortlistAction } from '../shortlists/actions';

interface CreatorsPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Find creators' };

const sortLabels = { followers: 'followers', engagement: 'engagement rate', authenticity: 'authenticity', name: 'name' } as const;

export default async function CreatorsPage({ params, searchParams }: CreatorsPageProps) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const requested = parseCreatorSearchParams(await searchParams);
  const ctx = { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() };
  const [result, shortlists] = await Promise.all([
    searchCreators(ctx, requested),
    listShortlists({ ...ctx, organizationId: membership.organization.id }),
  ]);
  const view: CreatorSearchParams = { ...requested, page: result.page };
  const basePath = `/brand/${orgSlug}/creators`;
  const clearHref = creatorSearchHref(basePath, { sort: view.sort, dir: view.dir, page: 1 });
  const sortHrefs = Object.fromEntries(creatorSortKeys.map((key) => [key, creatorSearchHref(basePath, sortedBy(view, key))]));
  const numbers = new Intl.NumberFormat('en-GB');
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;

  return (
    <>
      <PageHeader title="Find creators" description="Active creators, with each platform's latest audience figures." />
      <CreatorFilterForm action={basePath} params={view} clearHref={clearHref} />
      {result.total === 0 ? (
        <EmptyState title="No creators match these filters">
          <p>Try fewer filters, a wider follower range or other words.</p>
          <p>
            <Link href={clearHref} className="font-semibold text-accent-700 hover:underline">
              Clear filters
            </Link>
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="creator-results">
          <h2 id="creator-results" className="sr-only">
            Results
          </h2>
          <p className="mb-3 text-sm text-zinc-600">
            Showing {numbers.format(first)}–{numbers.format(last)} of {numbers.format(result.total)} creators
          </p>
          <CreatorTable
            caption={`Creators, sorted by ${sortLabels[view.sort]}, ${view.dir === 'asc' ? 'ascending' : 'descending'}`}
            rows={result.rows.map(toCreatorTableRow)}
            sort={{ id: view.sort, desc: view.dir === 'desc' }}
            sortHrefs={sortHrefs}
            orgSlug={orgSlug}
            shortlists={shortlists.map((list) => ({ value: list.id, label: list.name }))}
            addAction={addToShortlistAction}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => creatorSearchHref(basePath, { ...view, page })}
          />
        </section>
      )}
    </>
  );
}
