import Link from 'next/link';
import type { ContractListRow } from '@/lib/contracts/queries';
import { formatMoney, formatWhen } from './format';
import { ContractStatusBadge } from './labels';

interface ContractsTableProps {
  rows: ContractListRow[];
  counterpartyLabel: 'Creator' | 'Brand';
  hrefOf: (contractId: string) => string;
}

export function ContractsTable({ rows, counterpartyLabel, hrefOf }: ContractsTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              Campaign
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {counterpartyLabel}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Price
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={hrefOf(row.id)} className="text-accent-700 underline-offset-2 hover:underline">
                  {row.campaignTitle}
                </Link>
                {!row.intact && <span className="ml-2 text-xs font-semibold text-red-700">Integrity check failed</span>}
              </th>
              <td className="px-4 py-3">{row.counterparty}</td>
              <td className="px-4 py-3">
                <ContractStatusBadge status={row.status} />
                {row.terminationRequestedBy && row.status !== 'terminated' && (
                  <span className="ml-2 text-xs text-zinc-600">Termination requested</span>
                )}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{row.price ? formatMoney(row.price, row.currency) : '—'}</td>
              <td className="px-4 py-3 whitespace-nowrap">{formatWhen(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
