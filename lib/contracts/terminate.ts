import { eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { closeOpenPaymentsAfterTermination } from '@/lib/payments/close-open';
import { settleAfterCommit } from '@/lib/payments/settle';
import { endOfferOfContract } from './end-offer';
import { lockContractForParty, lockContractRow, notifyContractSide, type LockedContract } from './lock';
import { contractSideLabels, isTerminable, otherContractSide, type ContractPartyCtx, type ContractSide } from './party';

const refusal = 'Only an organization admin can terminate a contract.';
// notify.ts has no termination type yet; these are contract status changes like a signature.

function requireTerminable(contract: LockedContract) {
  if (!isTerminable(contract.status)) {
    throw new ConflictError(`This contract is ${contract.status}; only a pending, signed or active contract can be terminated.`);
  }
}

async function update(
  ctx: Ctx,
  contract: LockedContract,
  changes: Partial<Pick<LockedContract, 'status' | 'terminatedAt' | 'terminationRequestedBy'>>,
  action: string,
  metadata: Record<string, unknown>,
) {
  await ctx.db
    .update(contracts)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(contracts.id, contract.id));
  await recordAudit(ctx, {
    action,
    resourceType: 'contract',
    resourceId: contract.id,
    metadata: { ...metadata, ...diffFields(contract, changes) },
  });
}

/** One side asks to end the contract; it ends only when the other side confirms. */
export async function requestTermination(ctx: ContractPartyCtx, contractId: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { contract, side } = await lockContractForParty(tx, contractId, 'contract.terminate', refusal);
    requireTerminable(contract);
    if (contract.terminationRequestedBy === side) throw new ConflictError('You have already asked to terminate this contract.');
    if (contract.terminationRequestedBy) {
      throw new ConflictError('The other side has already asked to terminate this contract: confirm it instead.');
    }
    await update(tx, contract, { terminationRequestedBy: side }, 'request_contract_termination', { side });
    await notifyContractSide(tx, contract, otherContractSide(side), {
      type: 'contract_termination_requested',
      title: `Termination requested: ${contract.campaignTitle}`,
      body: `${contractSideLabels[side]} asked to terminate the contract for "${contract.campaignTitle}". Confirm it on the contract page to end the contract.`,
    });
  });
}

/**
 * The side that did not ask confirms the termination request: the contract is terminated, its open checkouts and
 * authorizations are closed and held money is refunded.
 */
export async function confirmTermination(ctx: ContractPartyCtx, contractId: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { contract, side } = await lockContractForParty(tx, contractId, 'contract.terminate', refusal);
    requireTerminable(contract);
    if (!contract.terminationRequestedBy) throw new ConflictError('Nobody has asked to terminate this contract.');
    if (contract.terminationRequestedBy === side) {
      throw new ConflictError('You asked to terminate this contract; the other side has to confirm it.');
    }
    await update(tx, contract, { status: 'terminated', terminatedAt: new Date() }, 'confirm_contract_termination', { side });
    await endOfferOfContract(tx, contract, 'The contract was terminated by mutual agreement.');
    await notifyTerminated(tx, contract, `by mutual agreement`);
  });
  await closeOpenPaymentsAfterTermination(ctx, contractId);
  await settleAfterCommit(ctx, contractId);
}

/** The requesting side withdraws its request, or the other side declines it. */
export async function cancelTerminationRequest(ctx: ContractPartyCtx, contractId: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { contract, side } = await lockContractForParty(tx, contractId, 'contract.terminate', refusal);
    requireTerminable(contract);
    const requestedBy = contract.terminationRequestedBy;
    if (!requestedBy) throw new ConflictError('There is no termination request to cancel.');
    const declined = requestedBy !== side;
    await update(tx, contract, { terminationRequestedBy: null }, 'cancel_contract_termination', { side, declined });
    await notifyContractSide(tx, contract, otherContractSide(side), {
      type: 'contract_termination_requested',
      title: `Termination ${declined ? 'declined' : 'withdrawn'}: ${contract.campaignTitle}`,
      body: `${contractSideLabels[side]} ${declined ? 'declined' : 'withdrew'} the request to terminate the contract for "${contract.campaignTitle}". The contract continues.`,
    });
  });
}

/** Pactly staff end a contract on their own authority, with a note saying why; open payments close, held money is refunded. */
export async function terminateContractAsAdmin(ctx: ActorCtx, input: { contractId: string; note: string }): Promise<void> {
  if (ctx.actor.role !== 'admin') throw new ForbiddenError('Only Pactly admins can terminate a contract.');
  await withTransaction(ctx, async (tx) => {
    const contract = await lockContractRow(tx, input.contractId, null);
    requireTerminable(contract);
    await update(tx, contract, { status: 'terminated', terminatedAt: new Date() }, 'admin_terminate_contract', {
      note: input.note,
    });
    await endOfferOfContract(tx, contract, `The contract was terminated by Pactly: ${input.note}`);
    await notifyTerminated(tx, contract, `by Pactly: ${input.note}`);
  });
  await closeOpenPaymentsAfterTermination(ctx, input.contractId);
  await settleAfterCommit(ctx, input.contractId);
}

async function notifyTerminated(ctx: Ctx, contract: LockedContract, how: string) {
  const message = {
    type: 'contract_terminated' as const,
    title: `Contract terminated: ${contract.campaignTitle}`,
    body: `The contract for "${contract.campaignTitle}" was terminated ${how}. Money still held in escrow for it is refunded to the brand.`,
  };
  for (const side of ['brand', 'influencer'] as ContractSide[]) await notifyContractSide(ctx, contract, side, message);
}
