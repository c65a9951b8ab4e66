'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { defineKycStaffActions } from '@/lib/kyc/action-definitions';

const kyc = defineKycStaffActions({ adminAction });

async function afterDecision(result: Awaited<ReturnType<typeof kyc.approve>>): Promise<ActionResult> {
  if (!result.ok) return result;
  revalidatePath('/admin/kyc');
  revalidatePath(`/brand/${result.data.orgSlug}`, 'layout');
  // The decided row leaves the queue, so the confirmation lives on the page rather than in the row's form.
  redirect(`/admin/kyc?decided=${result.data.status}`);
}

export async function approveKycAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterDecision(await kyc.approve(null, input));
}

export async function rejectKycAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterDecision(await kyc.reject(null, input));
}
