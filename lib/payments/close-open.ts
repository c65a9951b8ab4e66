import { and, eq, inArray } from 'drizzle-orm';
import { payments, type Payment } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { captureAuthorizedPayments } from './capture';
import { closedForPayment, failPayment, type PaymentFailureReason } from './fail-payment';
import { eachSettled, gatewayFor } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { lockPayment } from './ledger';

/** Expires the payment's open Checkout page, then ends the payment failed. */
async function closeCheckout(ctx: Ctx, payment: Payment, reason: PaymentFailureReason, configured: PaymentGateway) {
  if (payment.stripePaymentId) {
    await gatewayFor(payment.gateway, configured, ctx.db).expireCheckoutSession({ sessionId: payment.stripePaymentId });
  }
  const outcome = await withTransaction(ctx, async (tx) =>
    failPayment(tx, await lockPayment(tx, payment.id), { reason, at: new Date(), action: 'expire_checkout' }),
  );
  return outcome === 'applied' ? 1 : 0;
}

/**
 * After a termination commits (by both sides, by staff, or by a dispute decision), no open payment of the contract
 * may still take money: pending payments get their Checkout page expired and end failed, authorized ones are
 * cancelled, never captured. Call outside any transaction. Failures are logged, not thrown: the capture job cancels
 * authorizations of terminated contracts, and a Checkout that could not be expired (already paid, or unreachable)
 * ends through its webhooks, a late authorization being cancelled too.
 */
export async function closeOpenPaymentsAfterTermination(
  ctx: Ctx,
  contractId: string,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<number> {
  try {
    const reason = await closedForPayment(ctx, contractId);
    if (!reason) return 0;
    const open = await ctx.db
      .select()
      .from(payments)
      .where(and(eq(payments.contractId, contractId), inArray(payments.status, ['pending', 'authorized'])));
    const pending = open.filter((payment) => payment.status === 'pending');
    const authorized = open.filter((payment) => payment.status === 'authorized').map((payment) => payment.id);
    let closed = await eachSettled(pending, (payment) => closeCheckout(ctx, payment, reason, gateway), 'closing a checkout');
    if (authorized.length > 0) closed += await captureAuthorizedPayments(ctx, { paymentIds: authorized }, gateway);
    return closed;
  } catch (error) {
    console.error(`payments: closing the open payments of contract ${contractId} failed`, error);
    return 0;
  }
}
