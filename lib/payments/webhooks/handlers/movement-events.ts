import { completeMovement, failMovement } from '../../movements/complete';
import { movementIdOf, refundObject, transferObject } from '../objects';
import type { EventHandler } from '../types';

/**
 * transfer.created for a release of ours: completes its movement when our process lost the API's answer (a crash
 * or timeout between the call and the commit). A repeat, or one after the answer was recorded, is a no-op.
 */
export const transferCreated: EventHandler = async ({ ctx, event }) => {
  const transfer = transferObject.parse(event.data.object);
  const movementId = movementIdOf(transfer.metadata);
  if (!movementId) return 'ignored';
  return (await completeMovement(ctx, movementId, transfer.id)) === 'duplicate' ? 'ignored' : 'applied';
};

/** refund.created / refund.updated for a refund of ours: completes its movement, or fails it when Stripe could not refund. */
export const refundChanged: EventHandler = async ({ ctx, event }) => {
  const refund = refundObject.parse(event.data.object);
  const movementId = movementIdOf(refund.metadata);
  if (!movementId) return 'ignored';
  if (refund.status === 'failed' || refund.status === 'canceled') {
    return (await failMovement(ctx, movementId, `Stripe reported the refund ${refund.id} ${refund.status}.`))
      ? 'applied'
      : 'ignored';
  }
  return (await completeMovement(ctx, movementId, refund.id)) === 'duplicate' ? 'ignored' : 'applied';
};
