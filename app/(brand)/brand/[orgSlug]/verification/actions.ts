'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { appUrl } from '@/lib/config/env';
import { defineKycBrandActions } from '@/lib/kyc/action-definitions';
import { kycConfig } from '@/lib/kyc/config';
import { offeredProvider } from '@/lib/kyc/provider';
import { objectStore } from '@/lib/storage';

const kyc = defineKycBrandActions(
  { brandAction },
  {
    store: objectStore,
    offeredProvider: () => offeredProvider(kycConfig()),
    returnUrl: (orgSlug) => `${appUrl()}/brand/${orgSlug}/verification`,
  },
);

const pagePath = (orgSlug: string) => `/brand/${orgSlug}/verification`;

export async function uploadKycDocumentAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await kyc.upload(null, input);
  if (!result.ok) return result;
  revalidatePath(pagePath(result.data.orgSlug));
  return { ...result, message: `Uploaded ${result.data.fileName}.` };
}

export async function removeKycDocumentAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await kyc.remove(null, input);
  if (!result.ok) return result;
  revalidatePath(pagePath(result.data.orgSlug));
  return { ...result, message: `Removed ${result.data.fileName}.` };
}

export async function submitKycAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await kyc.submit(null, input);
  if (!result.ok) return result;
  revalidatePath(pagePath(result.data.orgSlug));
  revalidatePath('/admin/kyc');
  return { ...result, message: 'Submitted for review. Pactly will check your documents.' };
}

export async function startProviderCheckAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await kyc.startProvider(null, input);
  if (!result.ok) return result;
  revalidatePath(pagePath(result.data.orgSlug));
  revalidatePath('/admin/kyc');
  // Onfido continues in its hosted flow and sends the brand admin back to this page.
  if (result.data.redirectUrl) redirect(result.data.redirectUrl);
  return { ...result, message: 'Verification started.' };
}
