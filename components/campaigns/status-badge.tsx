import { campaignStatusLabels } from '@/components/labels';
import type { CampaignStatus } from '@/db/schema';

const tones: Record<CampaignStatus, string> = {
  draft: 'bg-zinc-100 text-zinc-800 ring-zinc-300',
  published: 'bg-blue-50 text-blue-800 ring-blue-200',
  active: 'bg-green-50 text-green-800 ring-green-200',
  paused: 'bg-amber-50 text-amber-900 ring-amber-200',
  completed: 'bg-accent-50 text-accent-800 ring-accent-200',
  disputed: 'bg-red-50 text-red-800 ring-red-200',
  cancelled: 'bg-zinc-100 text-zinc-600 ring-zinc-300',
};

export function StatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <dl className="flex items-center gap-2">
      <dt className="sr-only">Status</dt>
      <dd
        className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status]}`}
      >
        {campaignStatusLabels[status]}
      </dd>
    </dl>
  );
}
