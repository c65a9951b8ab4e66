'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions';
import { adminTerminateSchema } from '@/lib/contracts/schemas';
import { terminateContractAsAdmin } from '@/lib/contracts/terminate';

/** For staff pages (/admin/contracts/[contractId]): ends a contract with a note. Admins only, not support. */
export const adminTerminateContractAction = adminAction(adminTerminateSchema, async (input, ctx) => {
  await terminateContractAsAdmin(ctx, input);
  revalidatePath('/admin/contracts', 'layout');
  revalidatePath('/admin/disputes', 'layout');
  return 'The contract is terminated.';
});
