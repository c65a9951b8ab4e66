import { count } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  campaignStatuses,
  campaigns,
  kycStatuses,
  organizations,
  userRoles,
  users,
  type CampaignStatus,
  type KycStatus,
  type UserRole,
} from '@/db/schema';

export interface AdminOverview {
  usersByRole: Record<UserRole, number>;
  organizationsByKycStatus: Record<KycStatus, number>;
  campaignsByStatus: Record<CampaignStatus, number>;
}

function zeroFilled<K extends string>(keys: readonly K[], rows: { key: K; count: number }[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) counts[row.key] = row.count;
  return counts;
}

/** Every account, whatever its status. */
export async function countUsersByRole(db: Executor): Promise<Record<UserRole, number>> {
  const rows = await db.select({ key: users.role, count: count() }).from(users).groupBy(users.role);
  return zeroFilled(userRoles, rows);
}

export async function countOrganizationsByKycStatus(db: Executor): Promise<Record<KycStatus, number>> {
  const rows = await db
    .select({ key: organizations.kycStatus, count: count() })
    .from(organizations)
    .groupBy(organizations.kycStatus);
  return zeroFilled(kycStatuses, rows);
}

/** Across all organizations: for staff only. */
export async function countAllCampaignsByStatus(db: Executor): Promise<Record<CampaignStatus, number>> {
  const rows = await db.select({ key: campaigns.status, count: count() }).from(campaigns).groupBy(campaigns.status);
  return zeroFilled(campaignStatuses, rows);
}

export async function getAdminOverview(db: Executor): Promise<AdminOverview> {
  const [usersByRole, organizationsByKycStatus, campaignsByStatus] = await Promise.all([
    countUsersByRole(db),
    countOrganizationsByKycStatus(db),
    countAllCampaignsByStatus(db),
  ]);
  return { usersByRole, organizationsByKycStatus, campaignsByStatus };
}
