import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CampaignBrief, CampaignFacts } from '@/components/campaigns/campaign-brief';
import { countryName } from '@/components/marketplace/country-name';
import { MarketplaceDeliverables } from '@/components/marketplace/deliverable-list';
import { platformLabels } from '@/components/marketplace/labels';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/db/client';
import { platforms, type Platform } from '@/db/schema';
import { requireCreatorPage } from '@/lib/auth/guards';
import { requestMeta } from '@/lib/http/request-meta';
import { findMarketplaceCampaign } from '@/lib/marketplace/queries';
import { newOfferDefaults } from '@/components/offers/form-defaults';
import { deliverableLabels } from '@/components/offers/labels';
import { OfferTermsForm } from '@/components/offers/offer-terms-form';
import { findOpenOffer } from '@/lib/offers/queries';
import { applyToCampaignAction } from './actions';

interface CampaignPageProps {
  params: Promise<{ campaignId: string }>;
}

const loadCampaign = cache(async (campaignId: string) => {
  const user = await requireCreatorPage(`/creator/campaigns/${campaignId}`);
  return findMarketplaceCampaign(
    { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() },
    campaignId,
  );
});

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const { campaignId } = await params;
  const campaign = await loadCampaign(campaignId);
  return { title: campaign?.title ?? 'Campaign not found' };
}

const briefPlatforms = (value: unknown): Platform[] =>
  Array.isArray(value) ? platforms.filter((platform) => value.includes(platform)) : [];

export default async function MarketplaceCampaignPage({ params }: CampaignPageProps) {
  const { campaignId } = await params;
  const user = await requireCreatorPage(`/creator/campaigns/${campaignId}`);
  const campaign = await loadCampaign(campaignId);
  if (!campaign) notFound();
  const openOffer = await findOpenOffer(db(), user.id, campaign.id);
  const names = deliverableLabels(campaign.deliverables);
  const onPlatforms = briefPlatforms(campaign.brief?.platforms);

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/creator/campaigns" className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All campaigns
        </Link>
      </p>
      <PageHeader
        title={campaign.title}
        eyebrow={`${campaign.brandName} · ${countryName(campaign.brandCountry)}`}
        description={
          onPlatforms.length > 0 && <p>Platforms: {onPlatforms.map((platform) => platformLabels[platform]).join(', ')}</p>
        }
      />
      <div className="space-y-6">
        <CampaignBrief campaign={campaign} />
        <MarketplaceDeliverables deliverables={campaign.deliverables} currency={campaign.currency} />
        <CampaignFacts campaign={campaign} />
        <section aria-labelledby="apply-heading" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h2 id="apply-heading" className="text-base font-semibold text-zinc-900">
            Apply to this campaign
          </h2>
          {openOffer ? (
            <Alert tone="info">
              You already have an open offer for this campaign.{' '}
              <Link href={`/creator/offers/${openOffer.id}`} className="font-semibold underline">
                View your offer
              </Link>
            </Alert>
          ) : (
            <OfferTermsForm
              action={applyToCampaignAction}
              hidden={{ campaignId: campaign.id }}
              deliverables={campaign.deliverables.map((item) => ({
                id: item.id,
                label: names[item.id]!,
                campaignCount: item.count,
              }))}
              currency={campaign.currency}
              defaults={newOfferDefaults(campaign.deliverables)}
              submitLabel="Apply"
              idPrefix="apply"
            />
          )}
        </section>
      </div>
    </>
  );
}
