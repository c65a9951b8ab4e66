import type { Payment } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { failPayment, type PaymentFailureReason } from './fail-payment';
import { gatewayFor } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { lockPayment } from './ledger';

export type CancellablePayment = Pick<Payment, 'id' | 'gateway' | 'stripePaymentIntentId'>;

/**
 * Voids an authorization that must not be captured (the contract was terminated or its campaign cancelled) and ends
 * its payment failed with the reason. The gateway call runs outside any transaction and throws when it fails: the
 * payment then stays authorized, and the capture job, which never captures for a closed contract, cancels it again.
 */
export async function cancelAuthorization(
  ctx: Ctx,
  payment: CancellablePayment,
  reason: PaymentFailureReason,
  configured: PaymentGateway = paymentGateway(ctx.db),
): Promise<number> {
  if (!payment.stripePaymentIntentId) throw new Error(`Payment ${payment.id} has no PaymentIntent to cancel.`);
  await gatewayFor(payment.gateway, configured, ctx.db).cancelPaymentIntent({
    paymentIntentId: payment.stripePaymentIntentId,
    paymentId: payment.id,
  });
  const outcome = await withTransaction(ctx, async (tx) =>
    failPayment(tx, await lockPayment(tx, payment.id), { reason, at: new Date(), action: 'cancel_payment' }),
  );
  return outcome === 'applied' ? 1 : 0;
}
