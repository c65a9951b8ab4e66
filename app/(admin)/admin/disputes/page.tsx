import type { Metadata } from 'next';
import { db } from '@/db/client';
import { DisputesTable } from '@/components/disputes/disputes-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listDisputes } from '@/lib/disputes/queries';

export const metadata: Metadata = { title: 'Disputes' };

export default async function DisputesPage() {
  await requireStaffPage('/admin/disputes');
  const disputes = await listDisputes(db());
  const open = disputes.filter((dispute) => dispute.disputeStatus !== 'resolved').length;
  return (
    <>
      <PageHeader
        title="Disputes"
        description={
          <p>
            Contracts a brand or creator has disputed: escalated and open disputes first, oldest first. Open one to read both
            sides&apos; evidence and resolve it.
          </p>
        }
      />
      {disputes.length === 0 ? (
        <EmptyState title="No disputes">
          <p>Nothing to decide. When a brand or creator opens a dispute on a contract, it appears here.</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="disputes-heading" className="space-y-4">
          <h2 id="disputes-heading" className="text-lg font-semibold text-zinc-900">
            {open} open of {disputes.length}
          </h2>
          <DisputesTable disputes={disputes} />
        </section>
      )}
    </>
  );
}
