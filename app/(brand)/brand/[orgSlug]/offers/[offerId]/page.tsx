import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OfferView } from '@/components/offers/offer-view';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requireBrandMembership } from '@/lib/auth/guards';
import { getOfferDetail } from '@/lib/offers/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { brandAcceptAction, brandCounterAction, brandRejectAction } from '../actions';

export const metadata: Metadata = { title: 'Offer' };

interface BrandOfferPageProps {
  params: Promise<{ orgSlug: string; offerId: string }>;
}

export default async function BrandOfferPage({ params }: BrandOfferPageProps) {
  const { orgSlug, offerId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const detail = await getOfferDetail(db(), offerId, { organizationId: membership.organization.id });
  if (!detail) notFound();
  const canAccept = roleAllows(membership.role, 'offer.accept');
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/brand/${orgSlug}/offers`} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All offers
        </Link>
      </p>
      <PageHeader
        title={`Offer to ${detail.creator.displayName}`}
        eyebrow={detail.campaign.title}
        description={
          <p>
            {detail.offer.initiatedBy === 'brand' ? 'Your organization invited this creator.' : 'This creator applied.'}{' '}
            <Link href={`/brand/${orgSlug}/creators/${detail.creator.id}`} className="text-accent-700 hover:underline">
              View creator profile
            </Link>
          </p>
        }
      />
      <OfferView
        detail={detail}
        viewer="brand"
        baseFields={{ orgSlug }}
        actions={{ counter: brandCounterAction, accept: brandAcceptAction, reject: brandRejectAction }}
        acceptance={
          canAccept
            ? { allowed: true }
            : {
                allowed: false,
                reason:
                  'Only an organization admin can accept an offer. You can counter or reject it, or ask an admin to accept.',
              }
        }
        contractHref={detail.contractId ? `/brand/${orgSlug}/contracts/${detail.contractId}` : null}
      />
    </>
  );
}
