import type { Payment } from '@/db/schema';

export type CardDisputeState = 'open' | 'won' | 'lost';

/** The card disputes seen on a payment (metadata.card_disputes), so a late or repeated dispute event cannot reopen one. */
export function cardDisputesOf(payment: Payment): Record<string, CardDisputeState> {
  const recorded = payment.metadata?.card_disputes;
  return recorded && typeof recorded === 'object' ? (recorded as Record<string, CardDisputeState>) : {};
}

export function withCardDispute(payment: Payment, disputeId: string, state: CardDisputeState): Payment['metadata'] {
  return { ...payment.metadata, card_disputes: { ...cardDisputesOf(payment), [disputeId]: state } };
}
