import { eq } from 'drizzle-orm';
import { payments, type Payment } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import type { GatewayPaymentIntent, PaymentGateway } from './gateway/types';
import { lockPayment } from './ledger';
import { applyStripeEvent } from './webhooks/apply';
import { changePayment } from './webhooks/payment-moves';
import type { StripeEventLike } from './webhooks/types';

/** The PaymentIntent as looked up, in the shape of the webhook Stripe sends for that state. */
function lookedUpEvent(payment: Payment, intent: GatewayPaymentIntent): StripeEventLike {
  return {
    id: `evt_lookup_${crypto.randomUUID()}`,
    type: `payment_intent.${intent.status}`,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: {
      object: {
        id: intent.id,
        object: 'payment_intent',
        status: intent.status,
        amount_received: intent.amountReceivedMinor,
        latest_charge: intent.latestCharge,
        cancellation_reason: intent.cancellationReason,
        metadata: { payment_id: payment.id },
      },
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The authorization is still there: note the error and count the attempt; the capture job tries again. */
async function noteCaptureError(ctx: Ctx, paymentId: string, error: unknown): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    if (payment.status !== 'authorized') return;
    const attempts = Number(payment.metadata?.capture_attempts ?? 0) + 1;
    const changes = { metadata: { ...payment.metadata, capture_error: messageOf(error), capture_attempts: attempts } };
    // One audit row for the first failure; later attempts only count, so a stuck payment does not flood the log.
    if (attempts === 1) {
      await changePayment(tx, payment, changes, { action: 'capture_failed' });
    } else {
      await tx.db
        .update(payments)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(payments.id, payment.id));
    }
  });
  console.error(`payments: capturing payment ${paymentId} failed; the capture job will try again`, error);
}

/**
 * After a capture (or cancel) call failed: asks the gateway where the PaymentIntent stands. Cancelled or captured
 * after all, that is applied through the same handlers as Stripe's payment_intent.canceled / .succeeded webhooks;
 * anything else leaves the payment authorized with the error noted. Returns the payments changed (0 or 1).
 */
export async function applyGatewayIntent(ctx: Ctx, payment: Payment, gateway: PaymentGateway, error: unknown): Promise<number> {
  const intent = await gateway.retrievePaymentIntent(payment.stripePaymentIntentId!);
  if (intent.status === 'canceled' || intent.status === 'succeeded') {
    return (await applyStripeEvent(ctx, lookedUpEvent(payment, intent))) === 'applied' ? 1 : 0;
  }
  await noteCaptureError(ctx, payment.id, error);
  return 0;
}
