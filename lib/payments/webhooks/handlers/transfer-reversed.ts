import { fromGatewayAmount } from '../../money';
import { paymentIdOf, transferObject } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import { flagReconciliation } from '../payment-moves';
import type { EventHandler } from '../types';

/** Money came back from the creator's account outside our flows: the back office decides what it means. */
export const transferReversed: EventHandler = async ({ ctx, event }) => {
  const transfer = transferObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, { paymentId: paymentIdOf(transfer.metadata), transferId: transfer.id });
  await flagReconciliation(ctx, {
    payment,
    kind: 'transfer_mismatch',
    details: {
      reason: 'The transfer to the creator was reversed.',
      transfer: transfer.id,
      amount: fromGatewayAmount(transfer.amount, transfer.currency),
      amount_reversed: fromGatewayAmount(transfer.amount_reversed, transfer.currency),
      currency: transfer.currency.toUpperCase(),
      transfer_group: transfer.transfer_group ?? null,
      event_id: event.id,
    },
  });
  return 'applied';
};
