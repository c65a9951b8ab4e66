import type { Metadata } from 'next';
import { db } from '@/db/client';
import { PayoutsView } from '@/components/payments/payouts-view';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { paymentsConfig } from '@/lib/payments/config';
import { creatorPayoutsPath } from '@/lib/payments/payouts';
import { getPayoutStatus, listCreatorPayouts } from '@/lib/payments/queries';
import { refreshPayoutAccountAction, startPayoutOnboardingAction } from './actions';

export const metadata: Metadata = { title: 'Payouts' };

export default async function PayoutsPage({ searchParams }: { searchParams: Promise<{ onboarding?: string | string[] }> }) {
  const user = await requireCreatorPage(creatorPayoutsPath);
  const { onboarding } = await searchParams;
  const [status, payouts] = await Promise.all([getPayoutStatus(db(), user.id), listCreatorPayouts(db(), user.id)]);
  return (
    <>
      <PageHeader
        title="Payouts"
        description={<p>Brands pay into escrow; approved work is released to your payout account, less the platform fee.</p>}
      />
      <PayoutsView
        gateway={paymentsConfig().gateway}
        account={status.account}
        waiting={status.waiting}
        payouts={payouts}
        onboarding={onboarding}
        waitingReason={{
          notEnabled: 'waiting until you finish setting up payouts.',
          enabled: 'queued for transfer; it goes out within minutes unless a card dispute holds it.',
        }}
        actions={{ start: startPayoutOnboardingAction, refresh: refreshPayoutAccountAction }}
      />
    </>
  );
}
