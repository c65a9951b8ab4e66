import { eq } from 'drizzle-orm';
import { payments } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { checkoutSessionObject, paymentIdOf } from '../objects';
import { findPaymentForUpdate } from '../payment-lookup';
import type { EventHandler } from '../types';

/** The brand finished Checkout: remember the PaymentIntent it created, so later events about it find the payment. */
export const checkoutSessionCompleted: EventHandler = async ({ ctx, event }) => {
  const session = checkoutSessionObject.parse(event.data.object);
  const payment = await findPaymentForUpdate(ctx, {
    paymentId: paymentIdOf(session.metadata) ?? session.client_reference_id,
    sessionId: session.id,
  });
  if (!payment || !session.payment_intent || payment.stripePaymentIntentId) return 'ignored';
  const changes = { stripePaymentIntentId: session.payment_intent, stripePaymentId: payment.stripePaymentId ?? session.id };
  await ctx.db
    .update(payments)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(payments.id, payment.id));
  await recordAudit(ctx, {
    action: 'complete_checkout',
    resourceType: 'payment',
    resourceId: payment.id,
    bySystem: ctx.actor === null,
    metadata: { ...diffFields(payment, changes), contractId: payment.contractId },
  });
  return 'applied';
};
