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
  await requireCreatorPage(`/creator/campaigns/${campaignId}`);
  const campaign = await loadCampaign(campaignId);
  if (!campaign) notFound();
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
        <Alert tone="info">Applying opens soon: offers and negotiation are the next feature.</Alert>
        <CampaignBrief campaign={campaign} />
        <MarketplaceDeliverables deliverables={campaign.deliverables} currency={campaign.currency} />
        <CampaignFacts campaign={campaign} />
      </div>
    </>
  );
}
