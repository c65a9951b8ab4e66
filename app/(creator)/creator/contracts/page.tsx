import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { ContractsTable } from '@/components/contracts/contracts-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { creatorContractPath, creatorContractsPath } from '@/lib/contracts/links';
import { listCreatorContracts } from '@/lib/contracts/queries';

export const metadata: Metadata = { title: 'Contracts' };

export default async function CreatorContractsPage() {
  const user = await requireCreatorPage(creatorContractsPath);
  const rows = await listCreatorContracts(db(), user.id);
  return (
    <>
      <PageHeader title="Contracts" description="Your contracts with brands, from signature to payment." />
      {rows.length === 0 ? (
        <EmptyState title="No contracts yet">
          <p>A contract is drawn up when you and a brand agree on an offer.</p>
          <p>
            <Link href="/creator/campaigns" className="font-medium text-accent-700 underline">
              Find campaigns
            </Link>{' '}
            to apply to, or check your{' '}
            <Link href="/creator/offers" className="font-medium text-accent-700 underline">
              offers
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <ContractsTable rows={rows} counterpartyLabel="Brand" hrefOf={creatorContractPath} />
      )}
    </>
  );
}
