import Link from 'next/link';
import { Moment } from '@/components/submissions/labels';
import type { OrganizationPaymentRow } from '@/lib/payments/queries';
import { escrowStatusLabels, PaymentStatusBadge } from './labels';

const th = 'px-4 py-3';
const inEscrow = ['captured', 'released', 'refunded', 'disputed'];

export const receiptPath = (orgSlug: string, paymentId: string) => `/brand/${orgSlug}/payments/${paymentId}/receipt`;

export function OrganizationPaymentsTable({ orgSlug, payments }: { orgSlug: string; payments: OrganizationPaymentRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
        <caption className="sr-only">Payments of this organization, newest first</caption>
        <thead className="bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
          <tr>
            {['Date', 'Campaign', 'Creator', 'Milestone', 'Amount', 'Status', 'Escrow', 'Receipt'].map((label) => (
              <th key={label} scope="col" className={th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {payments.map((payment) => (
            <tr key={payment.id} className="align-top">
              <td className="px-4 py-3 whitespace-nowrap">
                <Moment value={payment.createdAt} />
              </td>
              <th scope="row" className="px-4 py-3 font-medium">
                {payment.contractId ? (
                  <Link
                    href={`/brand/${orgSlug}/contracts/${payment.contractId}`}
                    className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                  >
                    {payment.campaignTitle}
                  </Link>
                ) : (
                  payment.campaignTitle
                )}
              </th>
              <td className="px-4 py-3">{payment.creatorName}</td>
              <td className="px-4 py-3">{payment.milestone ?? '—'}</td>
              <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                {payment.amount} {payment.currency}
              </td>
              <td className="px-4 py-3">
                <PaymentStatusBadge status={payment.status} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                {inEscrow.includes(payment.status)
                  ? `${escrowStatusLabels[payment.escrowStatus]}${payment.escrowStatus === 'held' ? `: ${payment.held}` : ''}`
                  : '—'}
              </td>
              <td className="px-4 py-3">
                <Link
                  href={receiptPath(orgSlug, payment.id)}
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                >
                  Receipt
                  <span className="sr-only">
                    {' '}
                    for {payment.campaignTitle}
                    {payment.milestone ? `, ${payment.milestone}` : ''}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
