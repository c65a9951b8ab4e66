import { Moment } from '@/components/submissions/labels';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { PayoutAccount } from '@/db/schema';
import type { ActionInput } from '@/lib/actions/clients';
import type { ActionResult } from '@/lib/actions/result';
import type { CreatorPayoutRow } from '@/lib/payments/queries';
import { DemoPaymentsNotice } from './labels';
import { PaymentsActionButton } from './payments-action-button';

type PayoutAction = (previous: ActionResult | null, input: ActionInput) => Promise<ActionResult>;

export interface PayoutsViewProps {
  gateway: 'stripe' | 'demo';
  account: Pick<PayoutAccount, 'gateway' | 'detailsSubmitted' | 'payoutsEnabled'> | null;
  waiting: { currency: string; amount: string; count: number }[];
  payouts: CreatorPayoutRow[];
  /** The ?onboarding= value the onboarding came back with. */
  onboarding?: string | string[];
  waitingReason: { notEnabled: string; enabled: string };
  actions: { start: PayoutAction; refresh: PayoutAction };
}

export function accountState(account: PayoutsViewProps['account'], gateway: PayoutsViewProps['gateway']): string {
  if (!account || account.gateway !== gateway) return 'Not set up';
  if (account.payoutsEnabled) return 'Payouts enabled';
  return account.detailsSubmitted ? 'Details submitted' : 'Not set up';
}

const onboardingMessages: Record<string, string> = {
  'demo-complete': 'Demo onboarding finished: payouts are enabled.',
  returned: 'Welcome back from Stripe. Select Refresh status to see whether payouts are enabled.',
};

const th = 'px-4 py-3';

export function PayoutsView(props: PayoutsViewProps) {
  const { account, gateway, payouts, waiting } = props;
  const state = accountState(account, gateway);
  const ready = state === 'Payouts enabled';
  const returned = typeof props.onboarding === 'string' ? onboardingMessages[props.onboarding] : undefined;
  return (
    <div className="space-y-6">
      <DemoPaymentsNotice active={gateway === 'demo'} />
      {returned && <Alert tone="success">{returned}</Alert>}
      <Card>
        <section aria-labelledby="account-heading" className="space-y-4">
          <h2 id="account-heading" className="text-lg font-semibold text-zinc-900">
            Payout account
          </h2>
          <p className="text-sm text-zinc-800">
            <span className="font-medium">Status:</span> {state}
          </p>
          <p className="text-sm text-zinc-600">
            {ready
              ? 'Released payments are transferred to your payout account, less the platform fee.'
              : 'Set up payouts to receive released payments. Until then, releases wait for you.'}
          </p>
          <div className="flex flex-wrap gap-3">
            {!ready && <PaymentsActionButton action={props.actions.start} label="Set up payouts" pendingLabel="Opening…" />}
            {gateway === 'stripe' && account?.gateway === 'stripe' && (
              <PaymentsActionButton
                action={props.actions.refresh}
                label="Refresh status"
                pendingLabel="Refreshing…"
                variant="secondary"
              />
            )}
          </div>
        </section>
      </Card>
      {waiting.length > 0 && (
        <Card>
          <section aria-labelledby="waiting-heading" className="space-y-3">
            <h2 id="waiting-heading" className="text-lg font-semibold text-zinc-900">
              Waiting to be paid out
            </h2>
            <ul className="space-y-2 text-sm text-zinc-800">
              {waiting.map((row) => (
                <li key={row.currency}>
                  <span className="font-medium tabular-nums">
                    {row.amount} {row.currency}
                  </span>{' '}
                  from {row.count} release{row.count === 1 ? '' : 's'}:{' '}
                  {ready ? props.waitingReason.enabled : props.waitingReason.notEnabled}
                </li>
              ))}
            </ul>
          </section>
        </Card>
      )}
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold text-zinc-900">
          Payout history
        </h2>
        {payouts.length === 0 ? (
          <EmptyState title="No payouts yet" headingLevel="h3">
            <p>When a brand approves your work, the milestone is released and appears here with the fee and what you received.</p>
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
            <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
              <caption className="sr-only">Payouts, newest first</caption>
              <thead className="bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                <tr>
                  {['Date', 'Campaign', 'Released amount', 'Platform fee', 'Net', 'Status'].map((label) => (
                    <th key={label} scope="col" className={th}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {payouts.map((payout) => (
                  <tr key={payout.id}>
                    <td className="px-4 py-3 whitespace-nowrap">
                      <Moment value={payout.releasedAt} />
                    </td>
                    <th scope="row" className="px-4 py-3 font-medium">
                      {payout.campaignTitle}
                      {payout.milestone && <span className="block text-xs text-zinc-600">{payout.milestone}</span>}
                    </th>
                    <td className="px-4 py-3 tabular-nums">
                      {payout.amount} {payout.currency}
                    </td>
                    <td className="px-4 py-3 tabular-nums">
                      {payout.fee} {payout.currency}
                    </td>
                    <td className="px-4 py-3 font-medium tabular-nums">
                      {payout.net} {payout.currency}
                    </td>
                    <td className="px-4 py-3">Transferred</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
