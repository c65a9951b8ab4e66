import { Moment } from '@/components/submissions/labels';
import type { DisputeResolution } from '@/lib/disputes/evidence';
import { outcomeLabels } from './labels';

export function DisputeResolutionView({ resolution }: { resolution: DisputeResolution }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-zinc-900">Outcome</dt>
      <dd className="text-zinc-700">{outcomeLabels[resolution.outcome]}</dd>
      <dt className="font-medium text-zinc-900">Released to the creator</dt>
      <dd className="text-zinc-700">
        {resolution.release_amount} {resolution.currency}
      </dd>
      <dt className="font-medium text-zinc-900">Refunded to the brand</dt>
      <dd className="text-zinc-700">
        {resolution.refund_amount} {resolution.currency}
      </dd>
      <dt className="font-medium text-zinc-900">Note</dt>
      <dd className="whitespace-pre-line text-zinc-700">{resolution.note}</dd>
      <dt className="font-medium text-zinc-900">Resolved</dt>
      <dd className="text-zinc-700">
        <Moment value={resolution.resolved_at} />
      </dd>
    </dl>
  );
}
