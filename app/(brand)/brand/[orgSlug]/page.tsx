import type { Metadata } from 'next';
import { db } from '@/db/client';
import { campaignStatuses } from '@/db/schema';
import { CountList } from '@/components/count-list';
import { campaignStatusLabels, kycStatusLabels, kycStatusMeanings, memberRoleLabels } from '@/components/labels';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { countCampaignsByStatus } from '@/lib/campaigns/overview';

interface BrandWorkspacePageProps {
  params: Promise<{ orgSlug: string }>;
}

export const metadata: Metadata = { title: 'Workspace' };

export default async function BrandWorkspacePage({ params }: BrandWorkspacePageProps) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const { organization, role } = membership;
  const campaignCounts = await countCampaignsByStatus(db(), organization.id);
  const kyc = organization.kycStatus;
  const campaignTotal = campaignStatuses.reduce((sum, status) => sum + campaignCounts[status], 0);
  return (
    <>
      <PageHeader title={organization.name} description={<p>Your role: {memberRoleLabels[role]}</p>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="verification" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h2 id="verification" className="text-base font-semibold text-zinc-900">
            Verification
          </h2>
          <p className="mt-4 text-sm text-zinc-600">
            KYC status: <span className="font-semibold text-zinc-900">{kycStatusLabels[kyc]}</span>
          </p>
          <p className="mt-2 text-sm text-zinc-600">{kycStatusMeanings[kyc]}</p>
        </section>
        {campaignTotal === 0 ? (
          <EmptyState title="No campaigns yet">
            <p>Campaigns this organization creates will be counted here by status.</p>
          </EmptyState>
        ) : (
          <CountList
            id="campaigns-by-status"
            title="Campaigns by status"
            items={campaignStatuses.map((status) => ({ label: campaignStatusLabels[status], count: campaignCounts[status] }))}
          />
        )}
      </div>
    </>
  );
}
