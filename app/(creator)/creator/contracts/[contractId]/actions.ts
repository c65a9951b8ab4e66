'use server';

import { revalidatePath } from 'next/cache';
import { creatorAction } from '@/lib/actions';
import { creatorContractPath, creatorContractsPath } from '@/lib/contracts/links';
import { creatorContractSchema } from '@/lib/contracts/schemas';
import { signContract } from '@/lib/contracts/sign';
import { cancelTerminationRequest, confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { setFlash } from '@/lib/flash';

function refresh(contractId: string) {
  revalidatePath(creatorContractsPath);
  revalidatePath(creatorContractPath(contractId));
}

export const signCreatorContractAction = creatorAction(creatorContractSchema, async (input, ctx): Promise<string> => {
  const { status } = await signContract(ctx, input.contractId);
  refresh(input.contractId);
  const message =
    status === 'signed' ? 'Signed. Both parties have now signed the contract.' : 'Signed. Waiting for the brand to sign.';
  await setFlash(message);
  return message;
});

export const requestCreatorTerminationAction = creatorAction(creatorContractSchema, async (input, ctx) => {
  await requestTermination(ctx, input.contractId);
  refresh(input.contractId);
  return 'Termination requested. The contract ends when the brand confirms.';
});

export const confirmCreatorTerminationAction = creatorAction(creatorContractSchema, async (input, ctx) => {
  await confirmTermination(ctx, input.contractId);
  refresh(input.contractId);
  return 'The contract is terminated.';
});

export const cancelCreatorTerminationAction = creatorAction(creatorContractSchema, async (input, ctx) => {
  await cancelTerminationRequest(ctx, input.contractId);
  refresh(input.contractId);
  return 'The termination request is withdrawn. The contract continues.';
});
