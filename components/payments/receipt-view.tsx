import type { ReactNode } from 'react';
import { Moment } from '@/components/submissions/labels';
import type { PaymentReceipt } from '@/lib/payments/queries';
import { DemoPaymentsNotice, paymentStatusLabels } from './labels';
import { PrintReceiptButton } from './print-receipt-button';

const kindLabels = { capture: 'Paid into escrow', release: 'Released to creator', refund: 'Refunded' } as const;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-4 py-1.5">
      <dt className="text-zinc-600">{label}</dt>
      <dd className="col-span-2 text-zinc-900">{children}</dd>
    </div>
  );
}

const when = (value: Date | null) => (value ? <Moment value={value} /> : '—');

/** A payment's receipt: plain enough to print or save as PDF. */
export function ReceiptView({ receipt }: { receipt: PaymentReceipt }) {
  const { payment, billing, organization, campaign, contract, entries } = receipt;
  const address = [
    billing?.addressLine1,
    billing?.addressLine2,
    [billing?.postalCode, billing?.city].filter(Boolean).join(' '),
    billing?.country,
  ].filter(Boolean);
  const demo = payment.gateway === 'demo';
  return (
    <article className="mx-auto max-w-3xl space-y-6 rounded-xl border border-zinc-200 bg-white p-8 shadow-sm print:border-0 print:p-0 print:shadow-none">
      <header className="flex items-start justify-between gap-4 border-b border-zinc-300 pb-4">
        <div className="space-y-1">
          <p className="text-sm text-zinc-600">Pactly</p>
          <h1 className="text-2xl font-semibold">Receipt</h1>
          <p className="text-sm text-zinc-700">Payment {payment.id}</p>
        </div>
        <div className="print:hidden">
          <PrintReceiptButton />
        </div>
      </header>
      <DemoPaymentsNotice active={demo} />
      <section aria-labelledby="receipt-parties" className="space-y-2">
        <h2 id="receipt-parties" className="text-lg font-semibold">
          Parties
        </h2>
        <dl className="text-sm">
          <Row label="Paid by">
            <span className="block font-medium">{billing?.legalName ?? organization.name}</span>
            {address.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            {billing?.vatId && <span className="block">VAT ID: {billing.vatId}</span>}
            {billing?.billingEmail && <span className="block">{billing.billingEmail}</span>}
          </Row>
          <Row label="Paid to">{receipt.creatorName} (creator)</Row>
        </dl>
      </section>
      <section aria-labelledby="receipt-payment" className="space-y-2">
        <h2 id="receipt-payment" className="text-lg font-semibold">
          Payment
        </h2>
        <dl className="text-sm">
          <Row label="Campaign">{campaign.title}</Row>
          <Row label="Contract">{contract?.id ?? '—'}</Row>
          <Row label="Milestone">{payment.milestone ?? '—'}</Row>
          <Row label="Amount">
            <span className="font-semibold tabular-nums">{payment.amount}</span>
          </Row>
          <Row label="Currency">{payment.currency}</Row>
          <Row label="Status">{paymentStatusLabels[payment.status]}</Row>
          <Row label="Released to creator">{payment.releasedAmount}</Row>
          <Row label="Platform fee">{payment.platformFee}</Row>
          <Row label="Refunded">{payment.refundedAmount}</Row>
          <Row label="Created">{when(payment.createdAt)}</Row>
          <Row label="Authorized">{when(payment.authorizedAt)}</Row>
          <Row label="Captured">{when(payment.capturedAt)}</Row>
          <Row label="Released">{when(payment.escrowReleasedAt)}</Row>
          <Row label="Refunded at">{when(payment.refundedAt)}</Row>
          <Row label={demo ? 'Demo reference' : 'Stripe reference'}>
            <span className="font-mono text-xs break-all">
              {payment.stripeChargeId ?? payment.stripePaymentIntentId ?? 'Not paid yet'}
            </span>
          </Row>
        </dl>
      </section>
      <section aria-labelledby="receipt-ledger" className="space-y-2">
        <h2 id="receipt-ledger" className="text-lg font-semibold">
          Ledger movements
        </h2>
        {entries.length === 0 ? (
          <p className="text-sm text-zinc-600">No money has moved for this payment.</p>
        ) : (
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Ledger movements of this payment, oldest first</caption>
            <thead className="border-b border-zinc-300 text-xs font-semibold text-zinc-600 uppercase">
              <tr>
                {['Date', 'Movement', 'Amount', 'Fee', 'Reference'].map((label) => (
                  <th key={label} scope="col" className="py-2 pr-4">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <Moment value={entry.createdAt} />
                  </td>
                  <td className="py-2 pr-4">{kindLabels[entry.kind]}</td>
                  <td className="py-2 pr-4 tabular-nums">
                    {entry.amount} {entry.currency}
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{entry.kind === 'release' ? entry.fee : '—'}</td>
                  <td className="py-2 pr-4 font-mono text-xs break-all">{entry.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
