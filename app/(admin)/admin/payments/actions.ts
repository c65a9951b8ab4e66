'use server';

import { revalidatePath } from 'next/cache';
import { adminAction, brandAction, creatorAction, type ActionResult } from '@/lib/actions';
import type { ActionInput } from '@/lib/actions/clients';
import { definePaymentActions } from '@/lib/payments/action-definitions';

const payments = definePaymentActions({ adminAction, brandAction, creatorAction });

export async function resolveReconciliationIssueAction(
  _previous: ActionResult | null,
  input: ActionInput,
): Promise<ActionResult> {
  const result = await payments.resolveReconciliationIssue(null, input);
  if (!result.ok) return result;
  revalidatePath('/admin/payments');
  return { ...result, message: 'Issue marked resolved.' };
}
