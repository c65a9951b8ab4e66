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

/** A dispute on one of its contracts disputes the campaign too, when its lifecycle allows (not while published). */
export async function disputeCampaign(ctx: Ctx, organizationId: string, campaignId: string, contractId: string) {
  const { campaign, result } = await move(ctx, organizationId, campaignId, 'open_dispute');
  if (!result.ok) return;
  await ctx.db
    .update(campaigns)
    .set({ status: result.to, statusBeforeDispute: campaign.status })
    .where(eq(campaigns.id, campaign.id));
  await recordAudit(ctx, {
    action: 'open_campaign_dispute',
    resourceType: 'campaign',
    resourceId: campaign.id,
    metadata: {
      before: { status: campaign.status, statusBeforeDispute: campaign.statusBeforeDispute },
      after: { status: result.to, statusBeforeDispute: campaign.status },
      contractId,
    },
  });
}

/** The campaign returns to its previous status once none of its contracts is disputed any more. */
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
