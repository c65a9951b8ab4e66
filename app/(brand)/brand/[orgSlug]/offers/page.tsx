import type { Metadata } from 'next';
import Link from 'next/link';
import { OffersTable } from '@/components/offers/offers-table';
import { OfferStatusFilter } from '@/components/offers/status-filter';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requireBrandMembership } from '@/lib/auth/guards';
import { isOfferStatus, listBrandOffers } from '@/lib/offers/queries';
import { roleAllows } from '@/lib/organizations/permissions';

export const metadata: Metadata = { title: 'Offers' };

interface BrandOffersPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
}

export default async function BrandOffersPage({ params, searchParams }: BrandOffersPageProps) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const { status: rawStatus } = await searchParams;
  const status = isOfferStatus(rawStatus) ? rawStatus : undefined;
  const rows = await listBrandOffers(db(), membership.organization.id, status);
  const base = `/brand/${orgSlug}/offers`;
  const canNegotiate = roleAllows(membership.role, 'offer.negotiate');
  return (
    <>
      <PageHeader
        title="Offers"
        description="Invitations you sent and applications creators sent you, with whose move it is."
        actions={
          canNegotiate && (
            <Link href={`${base}/new`} className={buttonClasses('primary')}>
              New offer
            </Link>
          )
        }
      />
      <OfferStatusFilter basePath={base} current={status} />
      {rows.length === 0 ? (
        <EmptyState title={status ? 'No offers with this status' : 'No offers yet'}>
          <p>
            Invite creators from{' '}
            <Link href={`/brand/${orgSlug}/creators`} className="font-semibold text-accent-700 hover:underline">
              Find creators
            </Link>{' '}
            or a shortlist, or wait for creators to apply to your published campaigns.
          </p>
        </EmptyState>
      ) : (
        <OffersTable
          viewer="brand"
          counterpartLabel="Creator"
          rows={rows.map((row) => ({
            ...row,
            href: `${base}/${row.id}`,
            counterpart: row.creatorName ?? 'Unnamed creator',
          }))}
        />
      )}
    </>
  );
}
