'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { defineOfferActions } from '@/lib/offers/action-definitions';

const offers = defineOfferActions({ brandAction, creatorAction });

export async function applyToCampaignAction(_previous: ActionResult<{ id: string }> | null, input: ActionInput) {
  const result = await offers.applyToCampaign(null, input);
  if (!result.ok) return result;
  revalidatePath('/creator/offers');
  redirect(`/creator/offers/${result.data.id}`);
}
