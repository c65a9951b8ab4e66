import type { ContractStatus } from '@/db/schema';
import { contractSignDays, contractSignDeadline } from '@/lib/contracts/sign-deadline';
import { formatWhen } from './format';

/** Under the signatures: until when an unsigned contract can be signed, or why it is void. */
export function SignDeadlineNote({ contract }: { contract: { status: ContractStatus; createdAt: Date } }) {
  if (contract.status === 'void') {
    return (
      <p className="text-sm text-zinc-600">
        This contract is void: it was not signed by both sides in time, or its campaign was cancelled first. It no longer holds
        any campaign budget.
      </p>
    );
  }
  if (contract.status !== 'pending') return null;
  const days = contractSignDays();
  return (
    <p className="text-sm text-zinc-600">
      Both sides must sign by {formatWhen(contractSignDeadline(contract, days))} ({days} days after the offer was accepted).
      Unsigned after that, the contract becomes void and releases its campaign budget.
    </p>
  );
}
