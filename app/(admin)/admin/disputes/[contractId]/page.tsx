import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { DisputeEvidenceView } from '@/components/disputes/dispute-evidence';
import { DisputeResolutionView } from '@/components/disputes/dispute-resolution';
import { EscalateForm } from '@/components/disputes/escalate-form';
import { disputeStatusLabels } from '@/components/disputes/labels';
import { ResolveForm } from '@/components/disputes/resolve-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { getDispute } from '@/lib/disputes/queries';

export const metadata: Metadata = { title: 'Dispute' };

export default async function DisputePage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  await requireStaffPage(`/admin/disputes/${contractId}`);
  const dispute = await getDispute(db(), contractId, null);
  if (!dispute?.disputeStatus) notFound();
  const open = dispute.disputeStatus !== 'resolved';
  return (
    <>
      <PageHeader
        eyebrow="Dispute"
        title={dispute.campaignTitle}
        description={
          <p>
            {dispute.organizationName} and {dispute.creatorName ?? 'an unnamed creator'} · contract price {dispute.price}{' '}
            {dispute.currency} ·{' '}
            <Link href="/admin/disputes" className="underline underline-offset-2">
              All disputes
            </Link>
          </p>
        }
      />
      <div className="space-y-8">
        <section aria-labelledby="details-heading" className="space-y-2">
          <h2 id="details-heading" className="text-lg font-semibold text-zinc-900">
            Details
          </h2>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-zinc-900">Status</dt>
            <dd className="text-zinc-700">{disputeStatusLabels[dispute.disputeStatus]}</dd>
            <dt className="font-medium text-zinc-900">Reason</dt>
            <dd className="whitespace-pre-line text-zinc-700">{dispute.disputeReason}</dd>
            <dt className="font-medium text-zinc-900">Contract status</dt>
            <dd className="text-zinc-700">
              {dispute.contractStatus}
              {dispute.statusBeforeDispute && ` (was ${dispute.statusBeforeDispute} before the dispute)`}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="evidence-heading" className="space-y-3">
          <h2 id="evidence-heading" className="text-lg font-semibold text-zinc-900">
            Evidence
          </h2>
          {dispute.evidence ? (
            <DisputeEvidenceView contractId={dispute.contractId} evidence={dispute.evidence} />
          ) : (
            <p className="text-sm text-zinc-600">No evidence was recorded.</p>
          )}
        </section>
        {dispute.resolution && (
          <section aria-labelledby="resolution-heading" className="space-y-3">
            <h2 id="resolution-heading" className="text-lg font-semibold text-zinc-900">
              Resolution
            </h2>
            <DisputeResolutionView resolution={dispute.resolution} />
          </section>
        )}
        {open && (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <section aria-labelledby="resolve-heading" className="space-y-4">
                <h2 id="resolve-heading" className="text-lg font-semibold text-zinc-900">
                  Resolve
                </h2>
                <p className="text-sm text-zinc-600">
                  Release returns the contract to where it was; refund and split end it. The decision is recorded for the payment;
                  both parties are told.
                </p>
                <ResolveForm contractId={dispute.contractId} price={dispute.price} currency={dispute.currency} />
              </section>
            </Card>
            {dispute.disputeStatus === 'pending' && (
              <Card>
                <section aria-labelledby="escalate-heading" className="space-y-4">
                  <h2 id="escalate-heading" className="text-lg font-semibold text-zinc-900">
                    Escalate
                  </h2>
                  <p className="text-sm text-zinc-600">Hand the dispute on when it needs an admin or legal review.</p>
                  <EscalateForm contractId={dispute.contractId} />
                </section>
              </Card>
            )}
          </div>
        )}
      </div>
    </>
  );
}
