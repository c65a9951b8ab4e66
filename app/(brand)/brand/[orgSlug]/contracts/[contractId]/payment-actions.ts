'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { definePaymentActions } from '@/lib/payments/action-definitions';

const payments = definePaymentActions({ adminAction, brandAction, creatorAction });

/** Starts (or reopens) the milestone's checkout and sends the brand to it: Stripe Checkout, or the demo page. */
export async function fundMilestoneAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await payments.fund(null, input);
  if (!result.ok) return result;
  revalidatePath(`/brand/${result.data.orgSlug}/contracts`, 'layout');
  revalidatePath(`/brand/${result.data.orgSlug}/payments`, 'layout');
  redirect(result.data.url);
}
