import type { OfferStatus } from '@/db/schema';
import { offerStatusLabels } from './labels';

const tones: Record<OfferStatus, string> = {
  pending: 'bg-blue-50 text-blue-800 ring-blue-200',
  counter: 'bg-amber-50 text-amber-900 ring-amber-200',
  accepted: 'bg-green-50 text-green-800 ring-green-200',
  rejected: 'bg-red-50 text-red-800 ring-red-200',
  expired: 'bg-zinc-100 text-zinc-600 ring-zinc-300',
  completed: 'bg-accent-50 text-accent-800 ring-accent-200',
  terminated: 'bg-zinc-100 text-zinc-600 ring-zinc-300',
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status]}`}
    >
      {offerStatusLabels[status]}
    </span>
  );
}
