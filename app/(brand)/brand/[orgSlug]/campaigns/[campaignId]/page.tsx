import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { CampaignBrief, CampaignFacts } from '@/components/campaigns/campaign-brief';
import { CampaignTimeline } from '@/components/campaigns/campaign-timeline';
import { DeliverableForm } from '@/components/campaigns/deliverable-form';
import { DeliverablesTable } from '@/components/campaigns/deliverables-table';
import { newDeliverableDefaults } from '@/components/campaigns/form-defaults';
import { LifecyclePanel } from '@/components/campaigns/lifecycle-panel';
import { OffersSummary } from '@/components/campaigns/offers-summary';
import { StatusBadge } from '@/components/campaigns/status-badge';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { findCampaign, getCampaignDetail } from '@/lib/campaigns/queries';
import { deliverableTypeOptions } from '@/components/campaigns/deliverable-type-options';
import { getCampaignTimeline } from '@/lib/campaigns/timeline';
import { roleAllows } from '@/lib/organizations/permissions';
import { addDeliverableAction, removeDeliverableAction, transitionCampaignAction } from './actions';

interface CampaignPageProps {
  params: Promise<{ orgSlug: string; campaignId: string }>;
}

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const { orgSlug, campaignId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const campaign = await findCampaign(db(), membership.organization.id, campaignId);
  return { title: campaign?.title ?? 'Campaign not found' };
}

export default async function CampaignPage({ params }: CampaignPageProps) {
  const { orgSlug, campaignId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const { organization, role } = membership;
  const detail = await getCampaignDetail(db(), organization.id, campaignId);
  if (!detail) notFound();
  const timeline = await getCampaignTimeline(db(), organization.id, campaignId);
  const { campaign, deliverables, offersSummary } = detail;
  const isDraft = campaign.status === 'draft';
  const canDraft = roleAllows(role, 'campaign.draft');
  const editable = canDraft && campaign.status !== 'completed' && campaign.status !== 'cancelled';
  const campaignPath = `/brand/${orgSlug}/campaigns/${campaign.id}`;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/brand/${orgSlug}/campaigns`} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All campaigns
        </Link>
      </p>
      <PageHeader
        title={campaign.title}
        description={<StatusBadge status={campaign.status} />}
        actions={
          editable && (
            <Link href={`${campaignPath}/edit`} className={buttonClasses('secondary')}>
              Edit campaign
            </Link>
          )
        }
      />
      <div className="space-y-6">
        <LifecyclePanel
          status={campaign.status}
          role={role}
          kycStatus={organization.kycStatus}
          orgSlug={orgSlug}
          campaignId={campaign.id}
          action={transitionCampaignAction}
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <CampaignBrief campaign={campaign} />
          <div className="space-y-6">
            <CampaignFacts campaign={campaign} />
            <OffersSummary summary={offersSummary} currency={campaign.currency} published={campaign.publishedAt !== null} />
          </div>
        </div>
        <section aria-labelledby="deliverables" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h2 id="deliverables" className="text-base font-semibold text-zinc-900">
            Deliverables
          </h2>
          {deliverables.length === 0 ? (
            <p className="text-sm text-zinc-600">
              {isDraft
                ? 'No deliverables yet. Add what each creator should make (for example 2 reels and a story); you need at least one to publish.'
                : 'This campaign has no deliverables.'}
            </p>
          ) : (
            <DeliverablesTable
              deliverables={deliverables}
              currency={campaign.currency}
              editing={
                isDraft && canDraft ? { orgSlug, campaignId: campaign.id, removeAction: removeDeliverableAction } : undefined
              }
            />
          )}
          {!isDraft && <p className="text-sm text-zinc-600">Deliverables are read-only once a campaign is published.</p>}
          {isDraft && canDraft && (
            <div className="space-y-4 border-t border-zinc-200 pt-4">
              <h3 className="text-sm font-semibold text-zinc-900">Add a deliverable</h3>
              <DeliverableForm
                action={addDeliverableAction}
                orgSlug={orgSlug}
                campaignId={campaign.id}
                defaults={newDeliverableDefaults}
                typeOptions={deliverableTypeOptions}
                submitLabel="Add deliverable"
              />
            </div>
          )}
        </section>
        <CampaignTimeline entries={timeline} />
      </div>
    </>
  );
}
