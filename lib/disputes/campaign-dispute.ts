import { and, count, eq, ne } from 'drizzle-orm';
import { campaigns, contracts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { lockCampaign } from '@/lib/campaigns/queries';
import { transition, type CampaignEvent } from '@/lib/campaigns/transitions';
import type { Ctx } from '@/lib/context';

async function move(ctx: Ctx, organizationId: string, campaignId: string, event: CampaignEvent) {
  const campaign = await lockCampaign(ctx.db, organizationId, campaignId);
  const result = transition(
    {
      status: campaign.status,
      kycStatus: campaign.kycStatus,
      deliverableCount: 0,
      budgetMin: campaign.budgetMin,
      budgetMax: campaign.budgetMax,
      statusBeforeDispute: campaign.statusBeforeDispute ?? undefined,
    },
    event,
  );
  return { campaign, result };
}

/**
 * A dispute is its contract's alone: opening one leaves the campaign's status (and its other offers) as they are, and
 * screens show "disputed" from the contracts. Campaigns disputed under the old rule return to their previous status
 * here once none of their contracts is disputed any more.
 */
export async function releaseCampaignIfUndisputed(ctx: Ctx, organizationId: string, campaignId: string, contractId: string) {
  const { campaign, result } = await move(ctx, organizationId, campaignId, 'close_dispute');
  if (!result.ok) return;
  const [stillDisputed] = await ctx.db
    .select({ n: count() })
    .from(contracts)
    .where(and(eq(contracts.campaignId, campaign.id), eq(contracts.status, 'disputed'), ne(contracts.id, contractId)));
  if ((stillDisputed?.n ?? 0) > 0) return;
  await ctx.db.update(campaigns).set({ status: result.to, statusBeforeDispute: null }).where(eq(campaigns.id, campaign.id));
  await recordAudit(ctx, {
    action: 'close_campaign_dispute',
    resourceType: 'campaign',
    resourceId: campaign.id,
    metadata: {
      before: { status: campaign.status, statusBeforeDispute: campaign.statusBeforeDispute },
      after: { status: result.to, statusBeforeDispute: null },
      contractId,
    },
  });
}
