import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { DemoPayForm } from '@/components/payments/demo-pay-form';
import { findPayableDemoPayment } from '@/components/payments/demo-checkout';
import { DemoPaymentsNotice, paymentStatusLabels } from '@/components/payments/labels';
import { Card } from '@/components/ui/card';
import { requirePageUser } from '@/lib/auth/guards';
import { brandContractPath } from '@/lib/contracts/links';

export const metadata: Metadata = { title: 'Demo checkout', robots: { index: false } };

/** The demo gateway's checkout: only an admin of the paying organization may open it; anyone else gets a 404. */
export default async function DemoCheckoutPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const user = await requirePageUser(`/pay/demo/${paymentId}`);
  const receipt = await findPayableDemoPayment(db(), user.id, paymentId);
  if (!receipt) notFound();
  const { payment, campaign, organization, contract } = receipt;
  const contractHref = contract?.id ? brandContractPath(organization.slug, contract.id) : `/brand/${organization.slug}/payments`;
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-lg px-4 py-12 focus:outline-none">
      <Card className="space-y-6">
        <div className="space-y-2">
          <p className="text-sm font-medium text-accent-700">{organization.name}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Pay for {campaign.title}</h1>
          <DemoPaymentsNotice active />
        </div>
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt className="text-zinc-600">Milestone</dt>
            <dd className="font-medium">{payment.milestone ?? 'Contract payment'}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">Amount</dt>
            <dd className="font-medium tabular-nums">
              {payment.amount} {payment.currency}
            </dd>
          </div>
        </dl>
        {payment.status === 'pending' && payment.lastDecline && (
          <p className="text-sm text-red-700">
            The last card was declined: {payment.lastDecline} Nothing was charged; try another card.
          </p>
        )}
        {payment.status === 'pending' && contract?.id ? (
          <DemoPayForm
            paymentId={payment.id}
            orgSlug={organization.slug}
            contractId={contract.id}
            milestoneIndex={payment.milestoneIndex ?? 0}
            amount={payment.amount}
            currency={payment.currency}
          />
        ) : (
          <p className="text-sm text-zinc-700">
            This payment is {paymentStatusLabels[payment.status].toLowerCase()}, so there is nothing to pay here.
          </p>
        )}
        <p className="text-sm">
          {payment.status === 'pending' ? (
            <Link href={`${contractHref}?payment=cancelled`} className="font-medium text-accent-700 underline underline-offset-2">
              Cancel and go back to the contract
            </Link>
          ) : (
            <Link href={contractHref} className="font-medium text-accent-700 underline underline-offset-2">
              Back to the contract
            </Link>
          )}
        </p>
      </Card>
    </main>
  );
}
