'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction } from '@/lib/actions';
import { addDeliverable, removeDeliverable, updateDeliverable } from '@/lib/campaigns/deliverables';
import { updateCampaign } from '@/lib/campaigns/mutations';
import {
  addDeliverableSchema,
  removeDeliverableSchema,
  transitionCampaignSchema,
  updateCampaignSchema,
  updateDeliverableSchema,
  type LifecycleEvent,
} from '@/lib/campaigns/schemas';
import { transitionCampaign } from '@/lib/campaigns/transition-campaign';

/** Refreshes the campaign page and the list, and returns the campaign page's path. */
function refreshCampaign(orgSlug: string, campaignId: string) {
  revalidatePath(`/brand/${orgSlug}/campaigns`);
  revalidatePath(`/brand/${orgSlug}/campaigns/${campaignId}`);
  // Cancelling or completing a campaign rejects its open offers.
  revalidatePath(`/brand/${orgSlug}/offers`);
  return `/brand/${orgSlug}/campaigns/${campaignId}`;
}

export const updateCampaignAction = brandAction(updateCampaignSchema, 'campaign.draft', async (input, ctx) => {
  await updateCampaign(ctx, input.campaignId, input);
  redirect(refreshCampaign(ctx.organization.slug, input.campaignId));
});

export const addDeliverableAction = brandAction(addDeliverableSchema, 'campaign.draft', async (input, ctx) => {
  const { id } = await addDeliverable(ctx, input.campaignId, input);
  refreshCampaign(ctx.organization.slug, input.campaignId);
  return { id, message: 'Deliverable added.' };
});

export const updateDeliverableAction = brandAction(updateDeliverableSchema, 'campaign.draft', async (input, ctx) => {
  await updateDeliverable(ctx, input.campaignId, input.deliverableId, input);
  redirect(refreshCampaign(ctx.organization.slug, input.campaignId));
});

export const removeDeliverableAction = brandAction(removeDeliverableSchema, 'campaign.draft', async (input, ctx) => {
  await removeDeliverable(ctx, input.campaignId, input.deliverableId);
  refreshCampaign(ctx.organization.slug, input.campaignId);
  return 'Deliverable removed.';
});

const doneMessages: Record<LifecycleEvent, string> = {
  publish: 'Campaign published. Creators can now find it and send offers.',
  activate: 'Campaign started.',
  pause: 'Campaign paused.',
  resume: 'Campaign resumed.',
  complete: 'Campaign completed.',
  cancel: 'Campaign cancelled.',
};

/** Every member may ask; transitionCampaign checks the event's own permission (publish, cancel: admins). */
export const transitionCampaignAction = brandAction(transitionCampaignSchema, 'workspace.view', async (input, ctx) => {
  await transitionCampaign(ctx, input.campaignId, input.event);
  refreshCampaign(ctx.organization.slug, input.campaignId);
  return doneMessages[input.event];
});
