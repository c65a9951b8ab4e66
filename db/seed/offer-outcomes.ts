import type { CampaignStatus, ContractStatus, OfferStatus } from '@/db/schema';

/** How a seeded offer ended up: an open or closed negotiation, or a contract in one of its states. */
export type OfferOutcome =
  'pending' | 'counter' | 'rejected' | 'expired' | 'signed' | 'active' | 'completed' | 'disputed' | 'terminated';

export const contractStatusOf: Partial<Record<OfferOutcome, ContractStatus>> = {
  signed: 'signed',
  active: 'active',
  completed: 'completed',
  disputed: 'disputed',
  terminated: 'terminated',
};

export function offerStatusOf(outcome: OfferOutcome): OfferStatus {
  // An ended contract's offer leaves the budget and the one-open-offer rule (ADR 10).
  if (outcome === 'completed' || outcome === 'terminated') return outcome;
  if (contractStatusOf[outcome]) return 'accepted';
  return outcome as OfferStatus;
}

export function isCommitted(outcome: OfferOutcome): boolean {
  return contractStatusOf[outcome] !== undefined;
}

/** The offers each campaign status plausibly has; a seeded campaign gets these plus a few random extras. */
export const outcomeMix: Record<CampaignStatus, { fixed: OfferOutcome[]; extras: OfferOutcome[] }> = {
  draft: { fixed: [], extras: [] },
  published: {
    fixed: ['signed', 'pending', 'pending', 'counter', 'counter', 'rejected', 'expired'],
    extras: ['pending', 'rejected'],
  },
  active: {
    fixed: ['active', 'active', 'active', 'signed', 'pending', 'pending', 'counter', 'counter', 'rejected', 'expired'],
    extras: ['pending', 'rejected', 'counter', 'active'],
  },
  paused: { fixed: ['active', 'active', 'pending', 'counter', 'rejected', 'expired'], extras: ['rejected'] },
  completed: {
    fixed: ['completed', 'completed', 'completed', 'completed', 'rejected', 'rejected', 'expired'],
    extras: ['completed', 'rejected'],
  },
  disputed: { fixed: ['disputed', 'completed', 'completed', 'rejected', 'expired'], extras: ['rejected'] },
  cancelled: { fixed: ['terminated', 'rejected', 'expired', 'rejected'], extras: ['expired'] },
};

/** Contracts a campaign of this status may hold at most, which its budget is sized for. */
export function maxCommitted(status: CampaignStatus): number {
  const mix = outcomeMix[status];
  return [...mix.fixed, ...mix.extras].filter(isCommitted).length;
}
