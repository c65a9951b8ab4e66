import { db } from '@/db/client';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import type { Membership } from '@/lib/organizations/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { getContractSubmissions, type DeliverableProgress } from '@/lib/submissions/queries';
import { submissionStatusLabels, submissionTones } from './labels';
import { ReviewForm } from './review-form';
import { SubmissionHistory } from './submission-history';
import { SubmitForm } from './submit-form';

/** Who is looking: the contract's brand (through a membership) or its creator. The page has checked access already. */
export type ContractViewer = { side: 'brand'; membership: Membership } | { side: 'influencer'; userId: string };

export function partyOf(viewer: ContractViewer) {
  return viewer.side === 'brand'
    ? { side: 'brand' as const, organizationId: viewer.membership.organization.id }
    : { side: 'influencer' as const, userId: viewer.userId };
}

export async function SubmissionsPanel({ contractId, viewer }: { contractId: string; viewer: ContractViewer }) {
  const data = await getContractSubmissions(db(), contractId, partyOf(viewer));
  if (!data) return null;
  const canSubmit = viewer.side === 'influencer' && ['signed', 'active'].includes(data.contractStatus);
  const canReview =
    viewer.side === 'brand' && data.contractStatus === 'active' && roleAllows(viewer.membership.role, 'content.review');
  return (
    <Card>
      <section aria-labelledby="submissions-heading" className="space-y-4">
        <h2 id="submissions-heading" className="text-lg font-semibold text-zinc-900">
          Content
        </h2>
        <p className="text-sm text-zinc-600">
          {data.contentApprovalRequired
            ? 'The brand reviews each submission and approves it or asks for changes.'
            : 'This campaign does not need content approval: submissions are approved at once.'}{' '}
          {`The contract allows ${data.revisionsAllowed} revision${data.revisionsAllowed === 1 ? '' : 's'} per deliverable.`}
        </p>
        {data.deliverables.length === 0 ? (
          <EmptyState title="No deliverables on this contract" headingLevel="h3">
            <p>The accepted terms name no deliverables, so there is nothing to submit.</p>
          </EmptyState>
        ) : (
          <ul className="space-y-4">
            {data.deliverables.map((deliverable) => (
              <li key={deliverable.id} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
                <DeliverableCard
                  deliverable={deliverable}
                  contractId={data.contractId}
                  revisionsAllowed={data.revisionsAllowed}
                  submitter={canSubmit}
                  reviewerOrgSlug={canReview && viewer.side === 'brand' ? viewer.membership.organization.slug : null}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

interface DeliverableCardProps {
  deliverable: DeliverableProgress;
  contractId: string;
  revisionsAllowed: number;
  submitter: boolean;
  reviewerOrgSlug: string | null;
}

function DeliverableCard({ deliverable, contractId, revisionsAllowed, submitter, reviewerOrgSlug }: DeliverableCardProps) {
  const latest = deliverable.submissions[0];
  const label = deliverableTypeLabels[deliverable.type as keyof typeof deliverableTypeLabels] ?? deliverable.type;
  const headingId = `deliverable-${deliverable.id}`;
  const mayResubmit = !latest || latest.status === 'changes_requested';
  return (
    <article aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-zinc-900">
          {label} × {deliverable.count}
        </h3>
        <span
          className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${submissionTones[latest?.status ?? 'none']}`}
        >
          {latest ? submissionStatusLabels[latest.status] : 'Not submitted yet'}
        </span>
      </div>
      {deliverable.instructions && <p className="text-sm whitespace-pre-line text-zinc-600">{deliverable.instructions}</p>}
      {submitter && mayResubmit && (
        <SubmitForm contractId={contractId} deliverableId={deliverable.id} revision={(latest?.revision ?? 0) + 1} />
      )}
      {reviewerOrgSlug && latest?.status === 'submitted' && (
        <ReviewForm
          orgSlug={reviewerOrgSlug}
          submissionId={latest.id}
          revisionsLeft={Math.max(0, revisionsAllowed - deliverable.changesRequested)}
        />
      )}
      {deliverable.submissions.length > 0 ? (
        <SubmissionHistory submissions={deliverable.submissions} headingId={`history-${deliverable.id}`} />
      ) : (
        <p className="text-sm text-zinc-600">
          {submitter ? 'Nothing submitted yet: add a link or caption above.' : 'The creator has not submitted anything yet.'}
        </p>
      )}
    </article>
  );
}
