'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions';
import { adminTerminateSchema } from '@/lib/contracts/schemas';
import { terminateContractAsAdmin } from '@/lib/contracts/terminate';

/** For staff pages (e.g. /admin/disputes/[contractId]): ends a contract with a note. Admins only, not support. */
export const adminTerminateContractAction = adminAction(adminTerminateSchema, async (input, ctx) => {
  await terminateContractAsAdmin(ctx, input);
  revalidatePath('/admin/disputes');
  revalidatePath(`/admin/disputes/${input.contractId}`);
  return 'The contract is terminated.';
});
