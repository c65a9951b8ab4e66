import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { db } from '@/db/client';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { campaignDefaults } from '@/components/campaigns/form-defaults';
import { currencySelectOptions } from '@/components/campaigns/format';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { findCampaign } from '@/lib/campaigns/queries';
import { editableAfterPublish } from '@/lib/campaigns/transitions';
import { roleAllows } from '@/lib/organizations/permissions';
import { currencyOptions } from '@/lib/reference/currencies';
import { updateCampaignAction } from '../actions';

export const metadata: Metadata = { title: 'Edit campaign' };

const formFields = ['title', 'budgetMin', 'budgetMax', 'currency', 'startDate', 'endDate', 'deliverableDeadline'];

interface EditCampaignPageProps {
  params: Promise<{ orgSlug: string; campaignId: string }>;
}

export default async function EditCampaignPage({ params }: EditCampaignPageProps) {
  const { orgSlug, campaignId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  if (!roleAllows(membership.role, 'campaign.draft')) forbidden();
  const campaign = await findCampaign(db(), membership.organization.id, campaignId);
  if (!campaign) notFound();
  const campaignPath = `/brand/${orgSlug}/campaigns/${campaign.id}`;
  const finished = campaign.status === 'completed' || campaign.status === 'cancelled';
  const locked =
    campaign.status === 'draft' ? [] : formFields.filter((field) => !(editableAfterPublish as readonly string[]).includes(field));
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={campaignPath} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← Back to {campaign.title}
        </Link>
      </p>
      <PageHeader title="Edit campaign" description={<p>{campaign.title}</p>} />
      {finished ? (
        <Alert tone="info">This campaign is {campaign.status} and can no longer be edited.</Alert>
      ) : (
        <Card className="space-y-6">
          {locked.length > 0 && (
            <Alert tone="info">
              This campaign is {campaign.status}: creators have seen it, so only the description, the brief, the submission
              deadline and content approval can still change.
            </Alert>
          )}
          <CampaignForm
            action={updateCampaignAction}
            orgSlug={orgSlug}
            campaignId={campaign.id}
            defaults={campaignDefaults(campaign)}
            currencies={currencySelectOptions(currencyOptions)}
            submitLabel="Save changes"
            lockedFields={locked}
          />
        </Card>
      )}
    </>
  );
}
