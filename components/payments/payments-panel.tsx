import { db } from '@/db/client';
import type { ContractViewer } from '@/components/submissions/submissions-panel';
import { partyOf } from '@/components/submissions/submissions-panel';
import type { Action } from '@/lib/actions/clients';
import type { ContractDetail } from '@/lib/contracts/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { paymentsConfig } from '@/lib/payments/config';
import { escrowBalances } from '@/lib/payments/ledger';
import { listContractPayments } from '@/lib/payments/queries';
import { checkoutReturnMessage } from './labels';
import { milestonePaymentRows, signedPriceOf } from './milestone-rows';
import { PaymentsPanelView } from './payments-panel-view';

interface PaymentsPanelProps {
  contract: Pick<ContractDetail, 'id' | 'status' | 'content' | 'orgName'>;
  viewer: ContractViewer;
  /** The ?payment= value a checkout returned with. */
  paymentReturn?: string | string[];
  fundAction?: Action<unknown>;
}

/** The page has checked the viewer may read the contract; the queries check again by party. */
export async function PaymentsPanel({ contract, viewer, paymentReturn, fundAction }: PaymentsPanelProps) {
  const config = paymentsConfig();
  const [payments, balances] = await Promise.all([
    listContractPayments(db(), partyOf(viewer), contract.id),
    escrowBalances(db(), { contractId: contract.id }),
  ]);
  const { price, currency } = signedPriceOf(contract.content);
  const brand =
    viewer.side === 'brand' && fundAction
      ? {
          orgSlug: viewer.membership.organization.slug,
          canFund: roleAllows(viewer.membership.role, 'payment.fund'),
          fundAction,
        }
      : undefined;
  return (
    <PaymentsPanelView
      contractId={contract.id}
      contractStatus={contract.status}
      orgName={contract.orgName}
      rows={milestonePaymentRows(contract.content, price, currency, payments, config.platformFeePercent)}
      balances={balances}
      feePercent={config.platformFeePercent}
      demo={config.gateway === 'demo'}
      returnMessage={viewer.side === 'brand' ? checkoutReturnMessage(paymentReturn) : null}
      brand={brand}
    />
  );
}
