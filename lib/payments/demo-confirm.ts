import { and, eq } from 'drizzle-orm';
import { payments, type PaymentStatus } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { isRecordId } from '@/lib/campaigns/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { captureAuthorizedPayments, demoPaymentOf } from './capture';
import { demoCardResult, demoCheckoutCompleted, demoPaymentAuthorized, demoPaymentFailed } from './demo-events';
import { createDemoGateway } from './gateway/demo';
import type { ConfirmDemoPaymentInput } from './schemas';
import { applyStripeEvent } from './webhooks/apply';

const statusMessages: Partial<Record<PaymentStatus, string>> = {
  captured: 'Payment received: the money is held in escrow until the work is approved.',
  authorized: 'Your card was authorized; the payment is captured within a minute.',
  // Only a contract terminated (or campaign cancelled) while the card was being authorized ends a demo payment here.
  failed: 'The payment was not taken: this contract no longer accepts payments. Nothing was charged.',
};

async function paymentOf(ctx: BrandCtx, paymentId: string) {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, paymentId), eq(payments.payerId, ctx.organization.id)));
  if (!payment) throw new NotFoundError('Payment not found.');
  return payment;
}

/**
 * The demo checkout: the card number decides, like Stripe's test cards, and the SAME Stripe-shaped events a real
 * checkout produces go through the webhook handlers (completed → authorized → captured). A declined card leaves the
 * payment pending with the decline, so the brand tries another card on the same page, as in Stripe Checkout.
 */
export async function confirmDemoPayment(
  ctx: BrandCtx,
  input: Pick<ConfirmDemoPaymentInput, 'paymentId' | 'cardNumber'>,
): Promise<{ status: PaymentStatus; message: string }> {
  if (!roleAllows(ctx.membershipRole, 'payment.fund'))
    throw new ForbiddenError('Only an organization admin can pay for a contract.');
  if (!isRecordId(input.paymentId)) throw new NotFoundError('Payment not found.');
  const payment = await paymentOf(ctx, input.paymentId);
  if (payment.gateway !== 'demo') throw new ConflictError('This payment goes through Stripe, not the demo checkout.');
  if (payment.status !== 'pending') throw new ConflictError(`This payment is already ${payment.status}.`);
  const card = demoCardResult(input.cardNumber);

  const demo = demoPaymentOf(payment);
  if (card !== 'succeeded') {
    await applyStripeEvent(ctx, demoPaymentFailed(demo, card));
    return { status: (await paymentOf(ctx, payment.id)).status, message: card.message };
  }
  // Stripe completes the Checkout Session only once it is paid.
  await applyStripeEvent(ctx, demoCheckoutCompleted(demo));
  await applyStripeEvent(ctx, demoPaymentAuthorized(demo));
  await captureAuthorizedPayments(ctx, { paymentIds: [payment.id] }, createDemoGateway(ctx.db));
  const { status } = await paymentOf(ctx, payment.id);
  return { status, message: statusMessages[status] ?? `The payment is ${status}.` };
}
