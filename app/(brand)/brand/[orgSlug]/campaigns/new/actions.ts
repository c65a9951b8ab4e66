'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction } from '@/lib/actions';
import { createDraft } from '@/lib/campaigns/mutations';
import { createDraftSchema } from '@/lib/campaigns/schemas';

export const createDraftAction = brandAction(createDraftSchema, 'campaign.draft', async (input, ctx) => {
  const { id } = await createDraft(ctx, input);
  revalidatePath(`/brand/${ctx.organization.slug}/campaigns`);
  redirect(`/brand/${ctx.organization.slug}/campaigns/${id}`);
});
