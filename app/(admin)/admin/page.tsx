import type { Metadata } from 'next';
import { db } from '@/db/client';
import { campaignStatuses, kycStatuses, userRoles } from '@/db/schema';
import { CountList } from '@/components/count-list';
import { campaignStatusLabels, kycStatusLabels, userRoleLabels } from '@/components/labels';
import { PageHeader } from '@/components/ui/page-header';
import { getAdminOverview } from '@/lib/admin/overview';
import { requireStaffPage } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Back office' };

export default async function AdminHomePage() {
  await requireStaffPage('/admin');
  const overview = await getAdminOverview(db());
  return (
    <>
      <PageHeader title="Back office" description="An overview of accounts, organizations and campaigns across Pactly." />
      <div className="grid gap-6 lg:grid-cols-3">
        <CountList
          id="users-by-role"
          title="Users by role"
          description="All accounts, including suspended and closed ones."
          items={userRoles.map((role) => ({ label: userRoleLabels[role], count: overview.usersByRole[role] }))}
        />
        <CountList
          id="organizations-by-kyc"
          title="Organizations by KYC status"
          items={kycStatuses.map((status) => ({
            label: kycStatusLabels[status],
            count: overview.organizationsByKycStatus[status],
          }))}
        />
        <CountList
          id="campaigns-by-status"
          title="Campaigns by status"
          items={campaignStatuses.map((status) => ({
            label: campaignStatusLabels[status],
            count: overview.campaignsByStatus[status],
          }))}
        />
      </div>
    </>
  );
}
