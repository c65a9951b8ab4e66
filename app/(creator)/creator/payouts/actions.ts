'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { definePaymentActions } from '@/lib/payments/action-definitions';
import { creatorPayoutsPath } from '@/lib/payments/payouts';

const payments = definePaymentActions({ adminAction, brandAction, creatorAction });

/** Sends the creator to onboarding: Stripe's hosted Express onboarding, or the demo page. */
export async function startPayoutOnboardingAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await payments.startPayoutOnboarding(null, input);
  if (!result.ok) return result;
  redirect(result.data.url);
}

export async function refreshPayoutAccountAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await payments.refreshPayoutAccount(null, input);
  if (!result.ok) return result;
  revalidatePath(creatorPayoutsPath);
  const { payoutsEnabled, detailsSubmitted, released } = result.data;
  const message = payoutsEnabled
    ? `Payouts are enabled.${released > 0 ? ` ${released} waiting release${released === 1 ? '' : 's'} sent.` : ''}`
    : detailsSubmitted
      ? 'Your details are submitted; Stripe has not enabled payouts yet. Check again later.'
      : 'Onboarding is not finished yet. Select Set up payouts to continue.';
  return { ...result, message };
}

export async function completeDemoOnboardingAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await payments.completeDemoOnboarding(null, input);
  if (!result.ok) return result;
  revalidatePath(creatorPayoutsPath);
  redirect(`${creatorPayoutsPath}?onboarding=demo-complete`);
}
