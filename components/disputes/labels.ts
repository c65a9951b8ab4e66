import type { DisputeStatus } from '@/db/schema';
import type { DisputeOutcome } from '@/lib/disputes/schemas';

export const disputeStatusLabels: Record<DisputeStatus, string> = {
  pending: 'Open',
  escalated: 'Escalated',
  resolved: 'Resolved',
};

export const outcomeLabels: Record<DisputeOutcome, string> = {
  release: 'Release the payment to the creator',
  refund: 'Refund the brand',
  split: 'Split between both',
};

export const sideLabels = { brand: 'Brand', influencer: 'Creator' } as const;
