import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { db } from '@/db/client';
import { DeliverableForm } from '@/components/campaigns/deliverable-form';
import { deliverableTypeOptions } from '@/components/campaigns/deliverable-type-options';
import { deliverableDefaults } from '@/components/campaigns/form-defaults';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { findCampaign, findDeliverable } from '@/lib/campaigns/queries';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import { roleAllows } from '@/lib/organizations/permissions';
import { updateDeliverableAction } from '../../../actions';

export const metadata: Metadata = { title: 'Edit deliverable' };

interface EditDeliverablePageProps {
  params: Promise<{ orgSlug: string; campaignId: string; deliverableId: string }>;
}

export default async function EditDeliverablePage({ params }: EditDeliverablePageProps) {
  const { orgSlug, campaignId, deliverableId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  if (!roleAllows(membership.role, 'campaign.draft')) forbidden();
  const [campaign, deliverable] = await Promise.all([
    findCampaign(db(), membership.organization.id, campaignId),
    findDeliverable(db(), membership.organization.id, campaignId, deliverableId),
  ]);
  if (!campaign || !deliverable) notFound();
  const campaignPath = `/brand/${orgSlug}/campaigns/${campaign.id}`;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={campaignPath} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← Back to {campaign.title}
        </Link>
      </p>
      <PageHeader
        title="Edit deliverable"
        description={<p>{`${deliverableTypeLabels[deliverable.type]} for ${campaign.title}`}</p>}
      />
      {campaign.status === 'draft' ? (
        <Card>
          <DeliverableForm
            action={updateDeliverableAction}
            orgSlug={orgSlug}
            campaignId={campaign.id}
            deliverableId={deliverable.id}
            defaults={deliverableDefaults(deliverable)}
            typeOptions={deliverableTypeOptions}
            submitLabel="Save deliverable"
          />
        </Card>
      ) : (
        <Alert tone="info">
          This campaign is {campaign.status}, so its deliverables are read-only. Deliverables can only change while the campaign
          is a draft.
        </Alert>
      )}
    </>
  );
}
