import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { ContractsTable } from '@/components/contracts/contracts-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { brandContractPath } from '@/lib/contracts/links';
import { listBrandContracts } from '@/lib/contracts/queries';

export const metadata: Metadata = { title: 'Contracts' };

export default async function BrandContractsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const rows = await listBrandContracts(db(), membership.organization.id);
  return (
    <>
      <PageHeader title="Contracts" description="Every contract with a creator, from signature to completion." />
      {rows.length === 0 ? (
        <EmptyState title="No contracts yet">
          <p>A contract is drawn up when an offer is accepted.</p>
          <p>
            <Link href={`/brand/${orgSlug}/offers`} className="font-medium text-accent-700 underline">
              Go to your offers
            </Link>{' '}
            to invite creators or answer their proposals.
          </p>
        </EmptyState>
      ) : (
        <ContractsTable rows={rows} counterpartyLabel="Creator" hrefOf={(id) => brandContractPath(orgSlug, id)} />
      )}
    </>
  );
}
