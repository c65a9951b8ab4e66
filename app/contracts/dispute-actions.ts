'use server';

import { revalidatePath } from 'next/cache';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { defineDisputeActions } from '@/lib/disputes/action-definitions';
import { setFlash } from '@/lib/flash';
import { objectStore } from '@/lib/storage';

const disputes = defineDisputeActions({ adminAction, brandAction, creatorAction }, objectStore);

function afterChange(result: ActionResult<{ contractId: string; orgSlug: string }>, message: string): ActionResult {
  if (!result.ok) return result;
  revalidatePath(`/creator/contracts/${result.data.contractId}`);
  revalidatePath(`/brand/${result.data.orgSlug}/contracts/${result.data.contractId}`);
  revalidatePath('/admin/disputes', 'layout');
  return { ...result, message };
}

const opened = 'Dispute opened. Pactly staff will review it.';

/** Opening hides the open form, so its confirmation goes to the flash; the respond form stays and shows its own. */
async function afterOpen(result: ActionResult<{ contractId: string; orgSlug: string }>): Promise<ActionResult> {
  const outcome = afterChange(result, opened);
  if (outcome.ok) await setFlash(opened);
  return outcome;
}

export async function openBrandDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterOpen(await disputes.brandOpen(null, input));
}

export async function respondBrandDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.brandRespond(null, input), 'Response added to the dispute.');
}

export async function openCreatorDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterOpen(await disputes.creatorOpen(null, input));
}

export async function respondCreatorDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterChange(await disputes.creatorRespond(null, input), 'Response added to the dispute.');
}
