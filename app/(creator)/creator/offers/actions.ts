'use server';

import { revalidatePath } from 'next/cache';
import { brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { setFlash } from '@/lib/flash';
import { defineOfferActions } from '@/lib/offers/action-definitions';

const offers = defineOfferActions({ brandAction, creatorAction });

function refresh(offerId: string) {
  revalidatePath('/creator/offers');
  revalidatePath(`/creator/offers/${offerId}`);
}

export async function creatorCounterAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.creatorCounter(null, input);
  if (result.ok) refresh(result.data.id);
  return result;
}

export async function creatorAcceptAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.creatorAccept(null, input);
  if (!result.ok) return result;
  refresh(result.data.id);
  await setFlash('Offer accepted. The contract is ready to sign.');
  return result;
}

export async function creatorRejectAction(_previous: ActionResult<unknown> | null, input: ActionInput) {
  const result = await offers.creatorReject(null, input);
  if (!result.ok) return result;
  refresh(result.data.id);
  await setFlash('Offer rejected.');
  return result;
}
