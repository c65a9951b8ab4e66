import type { Metadata } from 'next';
import { db } from '@/db/client';
import { DemoPaymentsNotice } from '@/components/payments/labels';
import { ReconciliationTable } from '@/components/payments/reconciliation-table';
import { WaitingMoneySection } from '@/components/payments/waiting-money-section';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { paymentsConfig } from '@/lib/payments/config';
import { listOpenReconciliationIssues } from '@/lib/payments/queries';
import { listWaitingMoney, waitingMoneyTotals } from '@/lib/payments/waiting';
import { resolveReconciliationIssueAction } from './actions';

export const metadata: Metadata = { title: 'Payments' };

export default async function AdminPaymentsPage() {
  await requireStaffPage('/admin/payments');
  const [waiting, waitingTotals, issues] = await Promise.all([
    listWaitingMoney(db(), { limit: 100 }),
    waitingMoneyTotals(db()),
    listOpenReconciliationIssues(db()),
  ]);
  return (
    <>
      <PageHeader
        title="Payments"
        description={
          <p>
            Money that cannot move yet is listed with who can unblock it. The hourly reconciliation compares our payments with the
            payment gateway, contract by contract. Differences it finds stay here until someone settles them and marks them
            resolved.
          </p>
        }
      />
      <div className="space-y-6">
        <DemoPaymentsNotice active={paymentsConfig().gateway === 'demo'} />
        <WaitingMoneySection rows={waiting} totals={waitingTotals} now={new Date()} />
        <section aria-labelledby="issues-heading" className="space-y-3">
          <h2 id="issues-heading" className="text-lg font-semibold text-zinc-900">
            Open reconciliation issues
          </h2>
          {issues.length === 0 ? (
            <EmptyState title="No open reconciliation issues" headingLevel="h3">
              <p>Our payments match the gateway. New differences appear here after the next hourly check.</p>
            </EmptyState>
          ) : (
            <ReconciliationTable issues={issues} resolveAction={resolveReconciliationIssueAction} />
          )}
        </section>
      </div>
    </>
  );
}
