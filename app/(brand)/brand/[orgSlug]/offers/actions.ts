'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { setFlash } from '@/lib/flash';
import { defineOfferActions } from '@/lib/offers/action-definitions';

const offers = defineOfferActions({ brandAction, creatorAction });

const slugOf = (input: ActionInput) => String(input instanceof FormData ? input.get('orgSlug') : input.orgSlug);

function refresh(orgSlug: string, offerId: string) {
  revalidatePath(`/brand/${orgSlug}/offers`);
  revalidatePath(`/brand/${orgSlug}/offers/${offerId}`);
}

export async function inviteCreatorAction(_previous: ActionResult<{ id: string }> | null, input: ActionInput) {
  const result = await offers.invite(null, input);
  if (!result.ok) return result;
  refresh(slugOf(input), result.data.id);
  redirect(`/brand/${slugOf(input)}/offers/${result.data.id}`);
}

export async function brandCounterAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.brandCounter(null, input);
  if (result.ok) refresh(slugOf(input), result.data.id);
  return result;
}

export async function brandAcceptAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.brandAccept(null, input);
  if (!result.ok) return result;
  refresh(slugOf(input), result.data.id);
  await setFlash('Offer accepted. The contract is ready to sign.');
  return result;
}

export async function brandRejectAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.brandReject(null, input);
  if (!result.ok) return result;
  refresh(slugOf(input), result.data.id);
  await setFlash('Offer rejected.');
  return result;
}
