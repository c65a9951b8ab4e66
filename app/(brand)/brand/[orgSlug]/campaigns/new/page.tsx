import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { db } from '@/db/client';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { newCampaignDefaults } from '@/components/campaigns/form-defaults';
import { currencySelectOptions } from '@/components/campaigns/format';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { getOrganizationCurrency } from '@/lib/campaigns/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { currencyOptions } from '@/lib/reference/currencies';
import { createDraftAction } from './actions';

export const metadata: Metadata = { title: 'New campaign' };

interface NewCampaignPageProps {
  params: Promise<{ orgSlug: string }>;
}

export default async function NewCampaignPage({ params }: NewCampaignPageProps) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  if (!roleAllows(membership.role, 'campaign.draft')) forbidden();
  const currency = await getOrganizationCurrency(db(), membership.organization.id);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/brand/${orgSlug}/campaigns`} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All campaigns
        </Link>
      </p>
      <PageHeader
        title="New campaign"
        description={
          <p>
            Start with a draft. Only the title is needed now; to publish you need a budget, at least one deliverable and a
            verified organization.
          </p>
        }
      />
      <Card>
        <CampaignForm
          action={createDraftAction}
          orgSlug={orgSlug}
          defaults={newCampaignDefaults(currency)}
          currencies={currencySelectOptions(currencyOptions)}
          submitLabel="Create draft"
        />
      </Card>
    </>
  );
}
