import { count, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaignStatuses, campaigns, type CampaignStatus } from '@/db/schema';

/** The organization id must come from the caller's membership, never from request input. */
export async function countCampaignsByStatus(db: Executor, organizationId: string): Promise<Record<CampaignStatus, number>> {
  const rows = await db
    .select({ status: campaigns.status, count: count() })
    .from(campaigns)
    .where(eq(campaigns.organizationId, organizationId))
    .groupBy(campaigns.status);
  const counts = Object.fromEntries(campaignStatuses.map((status) => [status, 0])) as Record<CampaignStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
