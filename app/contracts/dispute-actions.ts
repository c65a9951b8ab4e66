'use server';

import { revalidatePath } from 'next/cache';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { defineDisputeActions } from '@/lib/disputes/action-definitions';
import { objectStore } from '@/lib/storage';

const disputes = defineDisputeActions({ adminAction, brandAction, creatorAction }, objectStore);

function afterChange(result: ActionResult<{ contractId: string; orgSlug: string }>, message: string): ActionResult {
  if (!result.ok) return result;
  revalidatePath(`/creator/contracts/${result.data.contractId}`);
  revalidatePath(`/brand/${result.data.orgSlug}/contracts/${result.data.contractId}`);
  revalidatePath('/admin/disputes', 'layout');
  return { ...result, message };
}

export async function openBrandDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.brandOpen(null, input), 'Dispute opened. Pactly staff will review it.');
}

export async function respondBrandDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.brandRespond(null, input), 'Response added to the dispute.');
}

export async function openCreatorDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.creatorOpen(null, input), 'Dispute opened. Pactly staff will review it.');
}

export async function respondCreatorDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.creatorRespond(null, input), 'Response added to the dispute.');
}
