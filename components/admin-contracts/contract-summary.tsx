import Link from 'next/link';
import { ContractStatusBadge } from '@/components/contracts/labels';
import { formatWhen } from '@/components/contracts/format';
import { disputeStatusLabels } from '@/components/disputes/labels';
import type { ContractDetail } from '@/lib/contracts/queries';

/** Who the contract is between, its status, and the way to its dispute when it has one. */
export function AdminContractSummary({ contract }: { contract: ContractDetail }) {
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <span>
          {contract.orgName} and {contract.creatorName} · created {formatWhen(contract.createdAt)}
        </span>
        <ContractStatusBadge status={contract.status} />
      </p>
      {contract.disputeStatus && (
        <p>
          Dispute: {disputeStatusLabels[contract.disputeStatus]}.{' '}
          <Link href={`/admin/disputes/${contract.id}`} className="font-medium text-accent-700 underline underline-offset-2">
            Open the dispute
          </Link>
        </p>
      )}
    </div>
  );
}
