import Link from 'next/link';
import { Moment } from '@/components/submissions/labels';
import type { DisputeView } from '@/lib/disputes/queries';
import { disputeStatusLabels } from './labels';

const th = 'px-4 py-3';

export function DisputesTable({ disputes }: { disputes: DisputeView[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
        <caption className="sr-only">Disputes: escalated and open first, then resolved</caption>
        <thead className="bg-zinc-50 text-xs font-semibold uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className={th}>
              Campaign
            </th>
            <th scope="col" className={th}>
              Brand
            </th>
            <th scope="col" className={th}>
              Creator
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Reason
            </th>
            <th scope="col" className={th}>
              Opened
            </th>
            <th scope="col" className={th}>
              Contract price
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {disputes.map((dispute) => (
            <tr key={dispute.contractId} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link
                  href={`/admin/disputes/${dispute.contractId}`}
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                >
                  {dispute.campaignTitle}
                </Link>
              </th>
              <td className="px-4 py-3 text-zinc-700">{dispute.organizationName}</td>
              <td className="px-4 py-3 text-zinc-700">{dispute.creatorName ?? 'Unnamed creator'}</td>
              <td className="px-4 py-3 text-zinc-700">
                {dispute.disputeStatus ? disputeStatusLabels[dispute.disputeStatus] : ''}
              </td>
              <td className="max-w-xs px-4 py-3 text-zinc-700">{dispute.disputeReason}</td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-700">
                {dispute.evidence ? <Moment value={dispute.evidence.opened_at} /> : '–'}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-700">
                {dispute.price} {dispute.currency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
