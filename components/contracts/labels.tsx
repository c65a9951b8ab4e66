import type { ContractStatus } from '@/db/schema';

export const contractStatusLabels: Record<ContractStatus, string> = {
  pending: 'Waiting for signatures',
  signed: 'Signed',
  active: 'Active',
  completed: 'Completed',
  disputed: 'Disputed',
  terminated: 'Terminated',
  void: 'Void (never signed)',
};

export const contractStatusTones: Record<ContractStatus, string> = {
  pending: 'bg-amber-50 text-amber-900 ring-amber-200',
  signed: 'bg-blue-50 text-blue-800 ring-blue-200',
  active: 'bg-green-50 text-green-800 ring-green-200',
  completed: 'bg-accent-50 text-accent-800 ring-accent-200',
  disputed: 'bg-red-50 text-red-800 ring-red-200',
  terminated: 'bg-zinc-100 text-zinc-600 ring-zinc-300',
  void: 'bg-zinc-100 text-zinc-600 ring-zinc-300',
};

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${contractStatusTones[status]}`}
    >
      {contractStatusLabels[status]}
    </span>
  );
}
