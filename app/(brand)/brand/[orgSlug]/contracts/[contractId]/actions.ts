'use server';

import { revalidatePath } from 'next/cache';
import { brandAction } from '@/lib/actions';
import { brandContractPath, brandContractsPath } from '@/lib/contracts/links';
import { brandContractSchema } from '@/lib/contracts/schemas';
import { signContract } from '@/lib/contracts/sign';
import { cancelTerminationRequest, confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { setFlash } from '@/lib/flash';

function refresh(orgSlug: string, contractId: string) {
  revalidatePath(brandContractsPath(orgSlug));
  revalidatePath(brandContractPath(orgSlug, contractId));
}

export const signBrandContractAction = brandAction(brandContractSchema, 'contract.sign', async (input, ctx): Promise<string> => {
  const { status } = await signContract(ctx, input.contractId);
  refresh(ctx.organization.slug, input.contractId);
  const message =
    status === 'signed' ? 'Signed. Both parties have now signed the contract.' : 'Signed. Waiting for the creator to sign.';
  await setFlash(message);
  return message;
});

export const requestBrandTerminationAction = brandAction(brandContractSchema, 'contract.terminate', async (input, ctx) => {
  await requestTermination(ctx, input.contractId);
  refresh(ctx.organization.slug, input.contractId);
  return 'Termination requested. The contract ends when the creator confirms.';
});

export const confirmBrandTerminationAction = brandAction(brandContractSchema, 'contract.terminate', async (input, ctx) => {
  await confirmTermination(ctx, input.contractId);
  refresh(ctx.organization.slug, input.contractId);
  return 'The contract is terminated.';
});

export const cancelBrandTerminationAction = brandAction(brandContractSchema, 'contract.terminate', async (input, ctx) => {
  await cancelTerminationRequest(ctx, input.contractId);
  refresh(ctx.organization.slug, input.contractId);
  return 'The termination request is withdrawn. The contract continues.';
});
