import type { Metadata } from 'next';
import { db } from '@/db/client';
import { PendingChecksTable } from '@/components/kyc/pending-checks-table';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listPendingChecks } from '@/lib/kyc/queries';

export const metadata: Metadata = { title: 'KYC reviews' };

const confirmations: Record<string, string> = {
  approved: 'The check was approved and the organization is verified.',
  rejected: 'The check was rejected. The brand sees your reason and can submit again.',
};

export default async function KycReviewsPage({ searchParams }: { searchParams: Promise<{ decided?: string | string[] }> }) {
  await requireStaffPage('/admin/kyc');
  const { decided } = await searchParams;
  const checks = await listPendingChecks(db());
  const confirmation = typeof decided === 'string' ? confirmations[decided] : undefined;
  return (
    <>
      <PageHeader
        title="KYC reviews"
        description={
          <p>
            Verification checks brands have submitted, oldest first. Approving verifies the organization; rejecting needs a
            reason, which the brand sees.
          </p>
        }
      />
      <div className="space-y-6">
        {confirmation && <Alert tone="success">{confirmation}</Alert>}
        {checks.length === 0 ? (
          <EmptyState title="No checks waiting">
            <p>Nothing needs a decision right now. When a brand submits documents for review, the check appears here.</p>
          </EmptyState>
        ) : (
          <section aria-labelledby="waiting-heading" className="space-y-4">
            <h2 id="waiting-heading" className="text-lg font-semibold text-zinc-900">
              Waiting for a decision ({checks.length})
            </h2>
            <PendingChecksTable checks={checks} />
          </section>
        )}
      </div>
    </>
  );
}
