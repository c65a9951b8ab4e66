import type { EscrowStatus, PaymentStatus } from '@/db/schema';

/**
 * The payment lifecycle: pending → authorized → captured → released | refunded. failed ends a payment that never
 * captured, once its attempt is over: the Checkout expired, the PaymentIntent was cancelled, or the contract closed (a
 * retry is a new payment). A declined card is not failed: the payment stays pending and the brand tries another card
 * in the same Checkout. A card dispute can freeze any captured payment and closes back to where it was (won) or to the
 * status its amounts give after the network's refund (lost).
 */
const moves: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ['authorized', 'captured', 'failed'],
  authorized: ['captured', 'failed'],
  captured: ['released', 'refunded', 'disputed'],
  // A split that refunded first and releases the rest afterwards ends released.
  refunded: ['released', 'disputed'],
  released: ['disputed'],
  disputed: ['captured', 'released', 'refunded'],
  failed: [],
};

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return moves[from].includes(to);
}

/** Statuses in which the payment's money sits (or sat) in escrow: the amount counts as captured. */
export const capturedStatuses: readonly PaymentStatus[] = ['captured', 'released', 'refunded', 'disputed'];

export function isCaptured(status: PaymentStatus): boolean {
  return capturedStatuses.includes(status);
}

export interface EscrowAmounts {
  /** In minor units (hundredths), as bigint so no float touches money. */
  amount: bigint;
  released: bigint;
  refunded: bigint;
}

/** Where a captured payment stands after a movement: released once anything went to the creator, refunded once only refunds did. */
export function settledStatus({ released, refunded }: EscrowAmounts): PaymentStatus {
  if (released > 0n) return 'released';
  if (refunded > 0n) return 'refunded';
  return 'captured';
}

/** Escrow stays held while any captured money is left in it. */
export function escrowStatusOf({ amount, released, refunded }: EscrowAmounts): EscrowStatus {
  if (amount - released - refunded > 0n) return 'held';
  return released > 0n ? 'released' : 'refunded';
}
