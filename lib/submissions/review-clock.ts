/**
 * The auto-approval clock: a submission's wait for review, paused while its contract was disputed (review is refused
 * then). The dispute's span is read from the contract's dispute fields: opened_at in the evidence, resolved_at in the
 * resolution (still open: up to now).
 */
export interface DisputedContract {
  disputeEvidence: Record<string, unknown> | null;
  disputeResolution: Record<string, unknown> | null;
}

interface Span {
  from: Date;
  to: Date | null;
}

function timestamp(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function disputeSpan(contract: DisputedContract): Span | null {
  const from = timestamp(contract.disputeEvidence?.opened_at);
  if (!from) return null;
  return { from, to: timestamp(contract.disputeResolution?.resolved_at) };
}

/** Milliseconds the submission has waited for review at `now`, not counting time the contract spent disputed. */
export function reviewWaitMs(submittedAt: Date, contract: DisputedContract, now: Date): number {
  const waited = now.getTime() - submittedAt.getTime();
  const dispute = disputeSpan(contract);
  if (!dispute) return waited;
  const pausedFrom = Math.max(dispute.from.getTime(), submittedAt.getTime());
  const pausedTo = Math.min((dispute.to ?? now).getTime(), now.getTime());
  return waited - Math.max(0, pausedTo - pausedFrom);
}
