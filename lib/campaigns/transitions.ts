import type { CampaignStatus, KycStatus } from '@/db/schema';

export type CampaignEvent =
  'publish' | 'activate' | 'pause' | 'resume' | 'complete' | 'cancel' | 'open_dispute' | 'close_dispute';

/** What a transition may look at: the campaign as it is, its organization's KYC and its deliverables. */
export interface TransitionFacts {
  status: CampaignStatus;
  kycStatus: KycStatus;
  deliverableCount: number;
  budgetMin: string | null;
  budgetMax: string | null;
  /** Where a dispute returns the campaign to, kept while it is disputed. */
  statusBeforeDispute?: CampaignStatus;
}

export type TransitionResult =
  { ok: true; to: CampaignStatus; stamps: { publishedAt?: true; completedAt?: true } } | { ok: false; reason: string };

const moves: Record<CampaignEvent, { from: readonly CampaignStatus[]; to: CampaignStatus | 'previous' }> = {
  publish: { from: ['draft'], to: 'published' },
  activate: { from: ['published'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  complete: { from: ['active', 'paused'], to: 'completed' },
  cancel: { from: ['draft', 'published', 'active', 'paused'], to: 'cancelled' },
  open_dispute: { from: ['active', 'paused', 'completed'], to: 'disputed' },
  close_dispute: { from: ['disputed'], to: 'previous' },
};

export const eventLabels: Record<CampaignEvent, string> = {
  publish: 'Publish',
  activate: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  complete: 'Complete',
  cancel: 'Cancel',
  open_dispute: 'Open dispute',
  close_dispute: 'Close dispute',
};

function publishBlocker(facts: TransitionFacts): string | undefined {
  if (facts.kycStatus !== 'verified') return 'Verify your organization (KYC) before publishing a campaign.';
  if (facts.deliverableCount < 1) return 'Add at least one deliverable before publishing.';
  if (facts.budgetMin === null || facts.budgetMax === null) return 'Set a budget (minimum and maximum) before publishing.';
  return undefined;
}

/** The campaign lifecycle: draft → published → active ⇄ paused → completed; cancel until completed; disputes come and go. */
export function transition(facts: TransitionFacts, event: CampaignEvent): TransitionResult {
  const move = moves[event];
  if (!move.from.includes(facts.status)) {
    return { ok: false, reason: `A ${facts.status} campaign cannot be ${pastTense[event]}.` };
  }
  if (event === 'publish') {
    const blocker = publishBlocker(facts);
    if (blocker) return { ok: false, reason: blocker };
    return { ok: true, to: 'published', stamps: { publishedAt: true } };
  }
  if (move.to === 'previous') {
    if (!facts.statusBeforeDispute) return { ok: false, reason: 'The status before the dispute is unknown.' };
    return { ok: true, to: facts.statusBeforeDispute, stamps: {} };
  }
  return { ok: true, to: move.to, stamps: move.to === 'completed' ? { completedAt: true } : {} };
}

/** The events a campaign in this status can take next (guards aside), for buttons. */
export function availableEvents(status: CampaignStatus): CampaignEvent[] {
  return (Object.keys(moves) as CampaignEvent[]).filter((event) => moves[event].from.includes(status));
}

const pastTense: Record<CampaignEvent, string> = {
  publish: 'published',
  activate: 'started',
  pause: 'paused',
  resume: 'resumed',
  complete: 'completed',
  cancel: 'cancelled',
  open_dispute: 'disputed',
  close_dispute: 'taken out of dispute',
};

/** Fields that may still change after publishing: creators have seen and priced the rest. */
export const editableAfterPublish = ['description', 'brief', 'submissionDeadline', 'contentApprovalRequired'] as const;

export function isDraftOnlyEdit(status: CampaignStatus, changedFields: readonly string[]): string[] {
  if (status === 'draft') return [];
  return changedFields.filter((field) => !(editableAfterPublish as readonly string[]).includes(field));
}
