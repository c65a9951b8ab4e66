import { and, count, eq } from 'drizzle-orm';
import { campaigns, deliverables, type CampaignStatus } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { voidUnsignedContractsForCampaign } from '@/lib/contracts/void-for-campaign';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { closeOffersForCampaign } from '@/lib/offers/close-for-campaign';
import { roleAllows, type BrandPermission } from '@/lib/organizations/permissions';
import { lockCampaign } from './queries';
import type { LifecycleEvent } from './schemas';
import { transition } from './transitions';

/** Starting, pausing, resuming and completing commit the brand like publishing does, so they need the same role. */
export const eventPermissions: Record<LifecycleEvent, BrandPermission> = {
  publish: 'campaign.publish',
  activate: 'campaign.publish',
  pause: 'campaign.publish',
  resume: 'campaign.publish',
  complete: 'campaign.publish',
  cancel: 'campaign.cancel',
};

export const auditActions: Record<LifecycleEvent, string> = {
  publish: 'publish_campaign',
  activate: 'activate_campaign',
  pause: 'pause_campaign',
  resume: 'resume_campaign',
  complete: 'complete_campaign',
  cancel: 'cancel_campaign',
};

/**
 * Moves the campaign through its lifecycle. The campaign row stays locked from reading the facts to writing
 * the new status, so two concurrent transitions run one after the other and the second sees the first's result.
 */
export async function transitionCampaign(
  ctx: BrandCtx,
  campaignId: string,
  event: LifecycleEvent,
): Promise<{ id: string; from: CampaignStatus; to: CampaignStatus }> {
  if (!roleAllows(ctx.membershipRole, eventPermissions[event])) {
    throw new ForbiddenError(
      event === 'publish'
        ? 'Only an organization admin can publish a campaign.'
        : "Only an organization admin can change a campaign's status.",
    );
  }
  return withTransaction(ctx, async (tx) => {
    const campaign = await lockCampaign(tx.db, ctx.organization.id, campaignId);
    const [deliverableCount] = await tx.db
      .select({ n: count() })
      .from(deliverables)
      .where(eq(deliverables.campaignId, campaign.id));
    const result = transition(
      {
        status: campaign.status,
        kycStatus: campaign.kycStatus,
        deliverableCount: deliverableCount?.n ?? 0,
        budgetMin: campaign.budgetMin,
        budgetMax: campaign.budgetMax,
      },
      event,
    );
    if (!result.ok) throw new ConflictError(result.reason);
    const now = new Date();
    await tx.db
      .update(campaigns)
      .set({
        status: result.to,
        ...(result.stamps.publishedAt ? { publishedAt: now } : {}),
        ...(result.stamps.completedAt ? { completedAt: now } : {}),
      })
      .where(and(eq(campaigns.id, campaign.id), eq(campaigns.organizationId, ctx.organization.id)));
    await recordAudit(tx, {
      action: auditActions[event],
      resourceType: 'campaign',
      resourceId: campaign.id,
      metadata: { before: { status: campaign.status }, after: { status: result.to } },
    });
    if (result.to === 'cancelled' || result.to === 'completed') {
      await closeOffersForCampaign(tx, { id: campaign.id, organizationId: ctx.organization.id }, result.to);
    }
    if (result.to === 'cancelled') {
      await voidUnsignedContractsForCampaign(tx, { id: campaign.id, organizationId: ctx.organization.id });
    }
    return { id: campaign.id, from: campaign.status, to: result.to };
  });
}
