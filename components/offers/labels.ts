import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import type { DeliverableType, OfferStatus } from '@/db/schema';

export const offerStatusLabels: Record<OfferStatus, string> = {
  pending: 'Pending',
  counter: 'Countered',
  accepted: 'Accepted',
  rejected: 'Rejected',
  expired: 'Expired',
  completed: 'Completed',
  terminated: 'Ended early',
};

/** "Reel ×2 (campaign asks 2)" style labels need the type; deliverables are named by type and position. */
export function deliverableLabels(deliverables: readonly { id: string; type: DeliverableType }[]): Record<string, string> {
  const seen = new Map<DeliverableType, number>();
  const totals = new Map<DeliverableType, number>();
  for (const item of deliverables) totals.set(item.type, (totals.get(item.type) ?? 0) + 1);
  return Object.fromEntries(
    deliverables.map((item) => {
      const index = (seen.get(item.type) ?? 0) + 1;
      seen.set(item.type, index);
      const name = deliverableTypeLabels[item.type];
      return [item.id, (totals.get(item.type) ?? 0) > 1 ? `${name} ${index}` : name];
    }),
  );
}

export const offerStatusFilters = ['all', 'pending', 'counter', 'accepted', 'rejected', 'expired', 'completed'] as const;
