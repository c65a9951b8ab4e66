import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { AdminContractsTable } from '@/components/admin-contracts/contracts-table';
import { AdminContractStatusFilter } from '@/components/admin-contracts/status-filter';
import { contractStatusLabels } from '@/components/contracts/labels';
import { Pagination } from '@/components/data-table/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { adminContractsHref, listAdminContracts, parseAdminContractListParams } from '@/lib/contracts/admin-queries';

export const metadata: Metadata = { title: 'Contracts' };

export default async function AdminContractsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaffPage('/admin/contracts');
  const params = parseAdminContractListParams(await searchParams);
  const { rows, total, pageCount } = await listAdminContracts(db(), params);
  const statusLabel = params.status ? contractStatusLabels[params.status].toLowerCase() : undefined;
  return (
    <>
      <PageHeader
        title="Contracts"
        description={
          <p>
            Every contract between a brand and a creator, newest first. Open one to read it, its signatures and its integrity.
          </p>
        }
      />
      <AdminContractStatusFilter current={params.status} />
      {rows.length === 0 ? (
        <EmptyState title={total === 0 ? 'No contracts' : 'No contracts on this page'}>
          {total > 0 ? (
            <p>
              <Link href={adminContractsHref({ ...params, page: 1 })} className="underline underline-offset-2">
                Go to the first page
              </Link>
              .
            </p>
          ) : params.status ? (
            <p>
              No contract is {statusLabel}.{' '}
              <Link href="/admin/contracts" className="underline underline-offset-2">
                Show all contracts
              </Link>
              .
            </p>
          ) : (
            <p>A contract appears here when a brand and a creator agree on an offer.</p>
          )}
        </EmptyState>
      ) : (
        <section aria-labelledby="contracts-heading" className="space-y-4">
          <h2 id="contracts-heading" className="text-lg font-semibold text-zinc-900">
            {total} {total === 1 ? 'contract' : 'contracts'}
            {statusLabel && ` ${statusLabel}`}
          </h2>
          <AdminContractsTable rows={rows} />
          {pageCount > 1 && (
            <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => adminContractsHref({ ...params, page })} />
          )}
        </section>
      )}
    </>
  );
}
