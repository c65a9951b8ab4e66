import type { Metadata } from 'next';
import Link from 'next/link';
import { DemoPaymentsNotice } from '@/components/payments/labels';
import { PaymentsActionButton } from '@/components/payments/payments-action-button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { paymentsConfig } from '@/lib/payments/config';
import { creatorPayoutsPath } from '@/lib/payments/payouts';
import { completeDemoOnboardingAction } from '../actions';

export const metadata: Metadata = { title: 'Set up payouts (demo)' };

export default async function DemoOnboardingPage() {
  await requireCreatorPage(`${creatorPayoutsPath}/demo-onboarding`);
  const demo = paymentsConfig().gateway === 'demo';
  return (
    <>
      <PageHeader title="Set up payouts (demo)" />
      <Card className="max-w-2xl space-y-4">
        <DemoPaymentsNotice active={demo} />
        {demo ? (
          <>
            <p className="text-sm text-zinc-700">
              With Stripe, you would now give Stripe your identity and bank details. In the demo, finishing onboarding enables
              payouts at once, and any releases waiting for you are paid out.
            </p>
            <PaymentsActionButton
              action={completeDemoOnboardingAction}
              label="Finish demo onboarding"
              pendingLabel="Finishing…"
            />
          </>
        ) : (
          <p className="text-sm text-zinc-700">Payouts go through Stripe. Go back and select Set up payouts.</p>
        )}
        <p className="text-sm">
          <Link href={creatorPayoutsPath} className="font-medium text-accent-700 underline underline-offset-2">
            Back to payouts
          </Link>
        </p>
      </Card>
    </>
  );
}
