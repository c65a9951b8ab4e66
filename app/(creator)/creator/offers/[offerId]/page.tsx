import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OfferView } from '@/components/offers/offer-view';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { requireCreatorPage } from '@/lib/auth/guards';
import { getOfferDetail } from '@/lib/offers/queries';
import { creatorAcceptAction, creatorCounterAction, creatorRejectAction } from '../actions';

export const metadata: Metadata = { title: 'Offer' };

interface CreatorOfferPageProps {
  params: Promise<{ offerId: string }>;
}

export default async function CreatorOfferPage({ params }: CreatorOfferPageProps) {
  const { offerId } = await params;
  const user = await requireCreatorPage(`/creator/offers/${offerId}`);
  const detail = await getOfferDetail(db(), offerId, { influencerId: user.id });
  if (!detail) notFound();
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/creator/offers" className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All offers
        </Link>
      </p>
      <PageHeader
        title={`Offer from ${detail.organization.name}`}
        eyebrow={detail.campaign.title}
        description={
          <p>
            {detail.offer.initiatedBy === 'brand' ? 'The brand invited you.' : 'You applied to this campaign.'}{' '}
            <Link href={`/creator/campaigns/${detail.campaign.id}`} className="text-accent-700 hover:underline">
              View the campaign
            </Link>
          </p>
        }
      />
      <OfferView
        detail={detail}
        viewer="influencer"
        baseFields={{}}
        actions={{ counter: creatorCounterAction, accept: creatorAcceptAction, reject: creatorRejectAction }}
        acceptance={{ allowed: true }}
        contractHref={detail.contractId ? `/creator/contracts/${detail.contractId}` : null}
      />
    </>
  );
}
