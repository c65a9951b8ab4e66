import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { payments, type Payment } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { cancelAuthorization } from './cancel-authorization';
import { demoPaymentSucceeded, type DemoPayment } from './demo-events';
import { closedForPayment } from './fail-payment';
import { eachSettled, gatewayFor } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { applyGatewayIntent } from './intent-lookup';
import { applyStripeEvent } from './webhooks/apply';

export const demoPaymentOf = (payment: Payment): DemoPayment => ({
  paymentId: payment.id,
  amount: payment.amount,
  currency: payment.currency,
  contractId: payment.contractId,
});

async function captureOne(ctx: Ctx, payment: Payment, configured: PaymentGateway): Promise<number> {
  const gateway = gatewayFor(payment.gateway, configured, ctx.db);
  const closed = await closedForPayment(ctx, payment.contractId);
  try {
    // A terminated contract or cancelled campaign takes no money: its authorization is voided, never captured.
    if (closed) return await cancelAuthorization(ctx, payment, closed, gateway);
    await gateway.capturePaymentIntent({ paymentIntentId: payment.stripePaymentIntentId!, paymentId: payment.id });
  } catch (error) {
    // The call failed: where the PaymentIntent now stands decides (cancelled, captured after all, or still capturable).
    return applyGatewayIntent(ctx, payment, gateway, error);
  }
  // Stripe reports the capture through payment_intent.succeeded; the demo builds that event and applies it itself.
  if (payment.gateway !== 'demo') return 1;
  return (await applyStripeEvent(ctx, demoPaymentSucceeded(demoPaymentOf(payment)))) === 'applied' ? 1 : 0;
}

/**
 * Captures authorized payments (the authorization is recorded in a webhook transaction; the capture call happens here,
 * after commit), or cancels them when their contract was terminated or campaign cancelled. The 'payments-capture' job
 * runs it every minute; demo confirmation runs it for its payment at once, termination for the contract's payments.
 */
export async function captureAuthorizedPayments(
  ctx: Ctx,
  options: { paymentIds?: string[] } = {},
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<number> {
  const due = await ctx.db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.status, 'authorized'),
        isNotNull(payments.stripePaymentIntentId),
        options.paymentIds ? inArray(payments.id, options.paymentIds) : undefined,
      ),
    );
  return eachSettled(due, (payment) => captureOne(ctx, payment, gateway), 'capturing a payment');
}
