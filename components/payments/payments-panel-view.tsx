import type { ContractStatus } from '@/db/schema';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { Action } from '@/lib/actions/clients';
import type { EscrowBalance } from '@/lib/payments/ledger';
import { EscrowTotals } from './escrow-totals';
import { FundButton } from './fund-button';
import { DemoPaymentsNotice, escrowStatusLabels, PaymentStatusBadge } from './labels';
import type { MilestonePaymentRow } from './milestone-rows';

const fundableStatuses: ContractStatus[] = ['signed', 'active'];
const inEscrow = ['captured', 'released', 'refunded', 'disputed'];

export interface PaymentsPanelViewProps {
  contractId: string;
  contractStatus: ContractStatus;
  orgName: string;
  rows: MilestonePaymentRow[];
  balances: EscrowBalance[];
  feePercent: number;
  demo: boolean;
  returnMessage: string | null;
  /** Brand viewers: their organization's slug, whether their role may fund, and the fund action. */
  brand?: { orgSlug: string; canFund: boolean; fundAction: Action<unknown> };
}

function fundingNote(props: PaymentsPanelViewProps): string | null {
  const { brand, contractStatus, orgName } = props;
  if (!brand) {
    return `${orgName} pays each milestone into escrow. The money is released to you when the work is approved.`;
  }
  if (contractStatus === 'pending') return 'Milestones can be funded once both parties have signed the contract.';
  if (!fundableStatuses.includes(contractStatus)) return null;
  if (!brand.canFund) {
    return `Only an organization admin can fund milestones. Ask an admin of ${orgName} to fund them.`;
  }
  return 'Fund a milestone to pay it into escrow. The creator is paid when the work is approved.';
}

function escrowText(row: MilestonePaymentRow): string {
  const payment = row.payment;
  if (!payment || !inEscrow.includes(payment.status)) return 'Nothing in escrow';
  const label = escrowStatusLabels[payment.escrowStatus];
  return payment.escrowStatus === 'held' ? `${label}: ${payment.held} ${payment.currency}` : label;
}

export function PaymentsPanelView(props: PaymentsPanelViewProps) {
  const { rows, brand, feePercent } = props;
  const mayFund = brand?.canFund === true && fundableStatuses.includes(props.contractStatus);
  const note = fundingNote(props);
  return (
    <Card>
      <section aria-labelledby="payments-heading" className="space-y-4">
        <h2 id="payments-heading" className="text-lg font-semibold text-zinc-900">
          Payments
        </h2>
        <DemoPaymentsNotice active={props.demo} />
        {props.returnMessage && <Alert tone="success">{props.returnMessage}</Alert>}
        {note && <p className="text-sm text-zinc-600">{note}</p>}
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.index} className="space-y-3 rounded-lg border border-zinc-200 p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-base font-semibold text-zinc-900">{row.name}</h3>
                {row.payment ? (
                  <PaymentStatusBadge status={row.payment.status} />
                ) : (
                  <span className="text-sm text-zinc-600">Not funded</span>
                )}
              </div>
              <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-5">
                <div>
                  <dt className="text-zinc-600">Amount</dt>
                  <dd className="font-medium tabular-nums">{row.amount}</dd>
                </div>
                <div>
                  <dt className="text-zinc-600">Currency</dt>
                  <dd className="font-medium">{row.currency}</dd>
                </div>
                <div>
                  <dt className="text-zinc-600">Escrow</dt>
                  <dd className="font-medium">{escrowText(row)}</dd>
                </div>
                <div>
                  <dt className="text-zinc-600">Released</dt>
                  <dd className="font-medium tabular-nums">{row.payment?.releasedAmount ?? '0.00'}</dd>
                </div>
                <div>
                  <dt className="text-zinc-600">Refunded</dt>
                  <dd className="font-medium tabular-nums">{row.payment?.refundedAmount ?? '0.00'}</dd>
                </div>
              </dl>
              <p className="text-sm text-zinc-700">
                {row.feeTaken
                  ? `Platform fee taken: ${row.fee} · creator received ${row.net}`
                  : `Platform fee ${feePercent}%: ${row.fee} · creator receives ${row.net}`}
              </p>
              {row.payment?.releaseBlockedReason && (
                <p className="text-sm font-medium text-amber-900">Release on hold: {row.payment.releaseBlockedReason}</p>
              )}
              {row.payment?.status === 'failed' && (
                <p className="text-sm text-red-700">The last payment attempt failed. Nothing was charged.</p>
              )}
              {row.payment?.status === 'pending' && row.payment.lastDecline && (
                <p className="text-sm text-red-700">
                  The last card was declined: {row.payment.lastDecline} Nothing was charged; pay again with another card.
                </p>
              )}
              {mayFund && row.unfunded && brand && (
                <FundButton
                  action={brand.fundAction}
                  orgSlug={brand.orgSlug}
                  contractId={props.contractId}
                  milestoneIndex={row.index}
                  milestoneName={row.name}
                />
              )}
            </li>
          ))}
        </ul>
        <h3 className="text-base font-semibold text-zinc-900">Escrow for this contract</h3>
        <EscrowTotals balances={props.balances} emptyText="No money has been paid into escrow for this contract yet." />
      </section>
    </Card>
  );
}
