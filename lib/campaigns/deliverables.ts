import { and, eq } from 'drizzle-orm';
import { deliverables, type DeliverableGuidelines } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { withTransaction, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { orCheckViolation, sortKeys } from './mutations';
import { lockCampaign, type DeliverableRow } from './queries';
import type { DeliverableInput } from './schemas';

function deliverableValues(input: DeliverableInput, current?: DeliverableRow) {
  const guidelines: DeliverableGuidelines = sortKeys({
    ...(current?.guidelines ?? {}),
    hashtags: input.guidelineHashtags,
    mentions: input.guidelineMentions,
    links: input.guidelineLinks,
  });
  return {
    type: input.type,
    count: input.count,
    priceMin: input.priceMin,
    priceSuggested: input.priceSuggested,
    priceMax: input.priceMax,
    instructions: input.instructions,
    guidelines,
  };
}

type DeliverableValues = ReturnType<typeof deliverableValues>;

const snapshot = (row: DeliverableRow): DeliverableValues => ({
  type: row.type,
  count: row.count,
  priceMin: row.priceMin,
  priceSuggested: row.priceSuggested,
  priceMax: row.priceMax,
  instructions: row.instructions,
  guidelines: sortKeys(row.guidelines ?? {}),
});

/** Deliverables are what creators price their offers on: they change only while the campaign is a draft. */
async function lockDraft(ctx: BrandCtx, campaignId: string) {
  const campaign = await lockCampaign(ctx.db, ctx.organization.id, campaignId);
  if (campaign.status !== 'draft') {
    throw new ConflictError(
      `This campaign is ${campaign.status}, so its deliverables are read-only. Deliverables can only change while the campaign is a draft.`,
    );
  }
  return campaign;
}

async function findInCampaign(ctx: Ctx, campaignId: string, deliverableId: string) {
  const [row] = await ctx.db
    .select()
    .from(deliverables)
    .where(and(eq(deliverables.id, deliverableId), eq(deliverables.campaignId, campaignId)));
  if (!row) throw new NotFoundError('Deliverable not found.');
  return row;
}

export async function addDeliverable(ctx: BrandCtx, campaignId: string, input: DeliverableInput): Promise<{ id: string }> {
  return withTransaction(ctx, async (tx) => {
    const campaign = await lockDraft(tx, campaignId);
    const values = deliverableValues(input);
    const [created] = await orCheckViolation(
      tx.db
        .insert(deliverables)
        .values({ ...values, campaignId: campaign.id })
        .returning({ id: deliverables.id }),
    );
    await recordAudit(tx, {
      action: 'add_deliverable',
      resourceType: 'deliverable',
      resourceId: created!.id,
      metadata: { campaignId: campaign.id, deliverableType: values.type, ...diffFields<Record<string, unknown>>({}, values) },
    });
    return { id: created!.id };
  });
}

export async function updateDeliverable(
  ctx: BrandCtx,
  campaignId: string,
  deliverableId: string,
  input: DeliverableInput,
): Promise<{ id: string; changed: string[] }> {
  return withTransaction(ctx, async (tx) => {
    const campaign = await lockDraft(tx, campaignId);
    const current = await findInCampaign(tx, campaign.id, deliverableId);
    const next = deliverableValues(input, current);
    const changes = diffFields(snapshot(current), next);
    const changed = Object.keys(changes.after) as (keyof DeliverableValues)[];
    if (!hasChanges(changes)) return { id: current.id, changed: [] };
    const set = Object.fromEntries(changed.map((key) => [key, next[key]])) as Partial<DeliverableValues>;
    await orCheckViolation(
      tx.db
        .update(deliverables)
        .set(set)
        .where(and(eq(deliverables.id, current.id), eq(deliverables.campaignId, campaign.id))),
    );
    await recordAudit(tx, {
      action: 'update_deliverable',
      resourceType: 'deliverable',
      resourceId: current.id,
      metadata: { campaignId: campaign.id, deliverableType: next.type, ...changes },
    });
    return { id: current.id, changed };
  });
}

export async function removeDeliverable(ctx: BrandCtx, campaignId: string, deliverableId: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const campaign = await lockDraft(tx, campaignId);
    const current = await findInCampaign(tx, campaign.id, deliverableId);
    await tx.db.delete(deliverables).where(and(eq(deliverables.id, current.id), eq(deliverables.campaignId, campaign.id)));
    await recordAudit(tx, {
      action: 'remove_deliverable',
      resourceType: 'deliverable',
      resourceId: current.id,
      metadata: { campaignId: campaign.id, deliverableType: current.type, before: snapshot(current), after: {} },
    });
  });
}
