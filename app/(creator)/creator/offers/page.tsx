import type { Metadata } from 'next';
import Link from 'next/link';
import { OffersTable } from '@/components/offers/offers-table';
import { OfferStatusFilter } from '@/components/offers/status-filter';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requireCreatorPage } from '@/lib/auth/guards';
import { isOfferStatus, listCreatorOffers } from '@/lib/offers/queries';

export const metadata: Metadata = { title: 'Offers' };

interface CreatorOffersPageProps {
  searchParams: Promise<{ status?: string | string[] }>;
}

export default async function CreatorOffersPage({ searchParams }: CreatorOffersPageProps) {
  const user = await requireCreatorPage('/creator/offers');
  const { status: rawStatus } = await searchParams;
  const status = isOfferStatus(rawStatus) ? rawStatus : undefined;
  const rows = await listCreatorOffers(db(), user.id, status);
  return (
    <>
      <PageHeader title="Offers" description="Invitations from brands and your applications, with whose move it is." />
      <OfferStatusFilter basePath="/creator/offers" current={status} />
      {rows.length === 0 ? (
        <EmptyState title={status ? 'No offers with this status' : 'No offers yet'}>
          <p>
            <Link href="/creator/campaigns" className="font-semibold text-accent-700 hover:underline">
              Find campaigns
            </Link>{' '}
            and apply with a proposal, or wait for brands to invite you.
          </p>
        </EmptyState>
      ) : (
        <OffersTable
          viewer="influencer"
          counterpartLabel="Brand"
          rows={rows.map((row) => ({ ...row, href: `/creator/offers/${row.id}`, counterpart: row.brandName }))}
        />
      )}
    </>
  );
}
