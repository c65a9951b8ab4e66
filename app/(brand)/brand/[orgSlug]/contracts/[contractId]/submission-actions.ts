'use server';

import { revalidatePath } from 'next/cache';
import { brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { setFlash } from '@/lib/flash';
import { defineSubmissionActions } from '@/lib/submissions/action-definitions';
import { objectStore } from '@/lib/storage';

const submissions = defineSubmissionActions({ brandAction, creatorAction }, objectStore);

export async function reviewSubmissionAction(_previous: ActionResult | null, input: ActionInput): Promise<ActionResult> {
  const result = await submissions.review(null, input);
  if (!result.ok) return result;
  const { id, status, completed, contractId, orgSlug } = result.data;
  revalidatePath(`/brand/${orgSlug}/contracts/${contractId}`);
  revalidatePath(`/creator/contracts/${contractId}`);
  const message = completed
    ? 'Approved. Every deliverable is approved: the contract is complete.'
    : status === 'approved'
      ? 'Approved.'
      : 'Changes requested. The creator has been told.';
  await setFlash(message);
  return { ok: true, data: { id }, message };
}
