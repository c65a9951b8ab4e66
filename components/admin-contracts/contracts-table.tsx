import Link from 'next/link';
import { formatMoney, formatWhen } from '@/components/contracts/format';
import { ContractStatusBadge } from '@/components/contracts/labels';
import type { AdminContractRow } from '@/lib/contracts/admin-queries';

export function AdminContractsTable({ rows }: { rows: AdminContractRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              Campaign
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Brand
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Creator
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Price
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Status
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
                <Link href={`/admin/contracts/${row.id}`} className="text-accent-700 underline-offset-2 hover:underline">
                  {row.campaignTitle}
                </Link>
                {!row.intact && <span className="ml-2 text-xs font-semibold text-red-700">Integrity check failed</span>}
              </th>
              <td className="px-4 py-3">{row.organizationName}</td>
              <td className="px-4 py-3">{row.creatorName ?? 'Unnamed creator'}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatMoney(row.price, row.currency)}</td>
              <td className="px-4 py-3">
                <ContractStatusBadge status={row.status} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">{formatWhen(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
