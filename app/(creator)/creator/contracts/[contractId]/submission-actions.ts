'use server';

import { revalidatePath } from 'next/cache';
import { brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { setFlash } from '@/lib/flash';
import { defineSubmissionActions } from '@/lib/submissions/action-definitions';
import { objectStore } from '@/lib/storage';

const submissions = defineSubmissionActions({ brandAction, creatorAction }, objectStore);

export async function submitDeliverableAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await submissions.submit(null, input);
  if (!result.ok) return result;
  const { id, contractId, status, revision, orgSlug, completed } = result.data;
  revalidatePath(`/creator/contracts/${contractId}`);
  revalidatePath(`/brand/${orgSlug}/contracts/${contractId}`);
  const message = completed
    ? 'Submitted and approved. Every deliverable is approved: the contract is complete.'
    : status === 'auto_approved'
      ? `Revision ${revision} submitted and approved (this campaign does not need content approval).`
      : `Revision ${revision} submitted for review.`;
  await setFlash(message);
  return { ok: true, data: { id }, message };
}
