'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { formToObject } from '@/lib/actions/result';
import { isRecordId } from '@/lib/campaigns/queries';
import { brandContractPath } from '@/lib/contracts/links';
import { definePaymentActions } from '@/lib/payments/action-definitions';

const payments = definePaymentActions({ adminAction, brandAction, creatorAction });

/** The form's state: the outcome, and the payment the next attempt pays (after a decline, the same one). */
export type DemoPayState = ActionResult & { paymentId?: string };

export async function payDemoAction(_previous: DemoPayState | null, input: ActionInput): Promise<DemoPayState> {
  const fields = formToObject(input);
  const { contractId } = fields;
  const paymentId = String(fields.paymentId ?? '');
  const result = await payments.confirmDemo(null, input);
  if (!result.ok) return { ...result, paymentId };
  if (result.data.status === 'pending' || result.data.status === 'failed') {
    // A declined card leaves the payment pending: the brand tries another card on this same page.
    return { ok: false, error: result.data.message, paymentId };
  }
  const contract = typeof contractId === 'string' && isRecordId(contractId) ? contractId : null;
  revalidatePath(`/brand/${result.data.orgSlug}/payments`, 'layout');
  if (!contract) redirect(`/brand/${result.data.orgSlug}/payments`);
  revalidatePath(brandContractPath(result.data.orgSlug, contract));
  redirect(`${brandContractPath(result.data.orgSlug, contract)}?payment=success`);
}
