import type { Metadata } from 'next';
import { db } from '@/db/client';
import { EscrowTotals } from '@/components/payments/escrow-totals';
import { DemoPaymentsNotice } from '@/components/payments/labels';
import { OrganizationPaymentsTable } from '@/components/payments/organization-payments-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { paymentsConfig } from '@/lib/payments/config';
import { escrowBalances } from '@/lib/payments/ledger';
import { listOrganizationPayments } from '@/lib/payments/queries';

export const metadata: Metadata = { title: 'Payments' };

export default async function BrandPaymentsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const organizationId = membership.organization.id;
  const [payments, balances] = await Promise.all([
    listOrganizationPayments(db(), organizationId),
    escrowBalances(db(), { organizationId }),
  ]);
  return (
    <>
      <PageHeader
        title="Payments"
        description={<p>Money your organization paid into escrow, what was released to creators or refunded, and receipts.</p>}
      />
      <div className="space-y-8">
        <DemoPaymentsNotice active={paymentsConfig().gateway === 'demo'} />
        <section aria-labelledby="ledger-heading" className="space-y-3">
          <h2 id="ledger-heading" className="text-lg font-semibold text-zinc-900">
            Escrow ledger
          </h2>
          <EscrowTotals
            balances={balances}
            showFees
            emptyText="Nothing has been paid into escrow yet. Fund a milestone on a signed contract to start."
          />
        </section>
        <section aria-labelledby="payments-heading" className="space-y-3">
          <h2 id="payments-heading" className="text-lg font-semibold text-zinc-900">
            All payments
          </h2>
          {payments.length === 0 ? (
            <EmptyState title="No payments yet" headingLevel="h3">
              <p>Open a signed contract and fund its milestones; each payment and its receipt appear here.</p>
            </EmptyState>
          ) : (
            <OrganizationPaymentsTable orgSlug={orgSlug} payments={payments} />
          )}
        </section>
      </div>
    </>
  );
}
