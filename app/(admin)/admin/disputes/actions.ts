'use server';

import { revalidatePath } from 'next/cache';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { defineDisputeActions } from '@/lib/disputes/action-definitions';
import { setFlash } from '@/lib/flash';
import { objectStore } from '@/lib/storage';

const disputes = defineDisputeActions({ adminAction, brandAction, creatorAction }, objectStore);

async function afterDecision(
  result: ActionResult<{ contractId: string; orgSlug: string }>,
  message: string,
): Promise<ActionResult> {
  if (!result.ok) return result;
  revalidatePath('/admin/disputes', 'layout');
  revalidatePath(`/creator/contracts/${result.data.contractId}`);
  revalidatePath(`/brand/${result.data.orgSlug}/contracts/${result.data.contractId}`);
  await setFlash(message);
  return { ...result, message };
}

export async function resolveDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterDecision(await disputes.resolve(null, input), 'Dispute resolved. Both parties have been told.');
}

export async function escalateDisputeAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  return afterDecision(await disputes.escalate(null, input), 'Dispute escalated.');
}
