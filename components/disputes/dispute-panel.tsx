import { db } from '@/db/client';
import { Card } from '@/components/ui/card';
import { partyOf, type ContractViewer } from '@/components/submissions/submissions-panel';
import { getDispute } from '@/lib/disputes/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { DisputeEvidenceView } from './dispute-evidence';
import { DisputeResolutionView } from './dispute-resolution';
import { disputeStatusLabels } from './labels';
import { OpenDisputeForm } from './open-dispute-form';
import { RespondForm } from './respond-form';

const disputable = ['signed', 'active', 'completed'];

export async function DisputePanel({ contractId, viewer }: { contractId: string; viewer: ContractViewer }) {
  const dispute = await getDispute(db(), contractId, partyOf(viewer));
  if (!dispute) return null;
  const orgSlug = viewer.side === 'brand' ? viewer.membership.organization.slug : undefined;
  const mayAct = viewer.side === 'influencer' || roleAllows(viewer.membership.role, 'dispute.manage');
  const { evidence, resolution } = dispute;
  const open = dispute.contractStatus === 'disputed' && dispute.disputeStatus !== 'resolved';
  return (
    <Card>
      <section aria-labelledby="dispute-heading" className="space-y-4">
        <h2 id="dispute-heading" className="text-lg font-semibold text-zinc-900">
          Dispute
        </h2>
        {!dispute.disputeStatus ? (
          disputable.includes(dispute.contractStatus) ? (
            mayAct ? (
              <>
                <p className="text-sm text-zinc-600">
                  If the other party does not keep to the contract, open a dispute. Pactly staff review both sides and decide
                  whether the payment is released, refunded or split.
                </p>
                <OpenDisputeForm contractId={dispute.contractId} orgSlug={orgSlug} />
              </>
            ) : (
              <p className="text-sm text-zinc-600">No dispute. Only an organization admin can open one.</p>
            )
          ) : (
            <p className="text-sm text-zinc-600">No dispute. A dispute can be opened once the contract is signed.</p>
          )
        ) : (
          <>
            <p className="text-sm text-zinc-800">
              <span className="font-medium">Status:</span> {disputeStatusLabels[dispute.disputeStatus]}
              {dispute.disputeReason && (
                <>
                  {' · '}
                  <span className="font-medium">Reason:</span> {dispute.disputeReason}
                </>
              )}
            </p>
            {evidence && <DisputeEvidenceView contractId={dispute.contractId} evidence={evidence} />}
            {open && evidence && evidence.side !== viewer.side && mayAct && (
              <>
                <h3 className="text-base font-semibold text-zinc-900">Your response</h3>
                <RespondForm contractId={dispute.contractId} orgSlug={orgSlug} />
              </>
            )}
            {open && evidence?.side === viewer.side && (
              <p className="text-sm text-zinc-600">Pactly staff will review the dispute and tell both parties the decision.</p>
            )}
            {resolution && (
              <>
                <h3 className="text-base font-semibold text-zinc-900">Resolution</h3>
                <DisputeResolutionView resolution={resolution} />
              </>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
