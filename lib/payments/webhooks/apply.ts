import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { stripeEvents } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { eventHandlers } from './handlers';
import type { StripeEventLike } from './types';

export type ApplyResult = 'applied' | 'duplicate' | 'ignored';

/**
 * Records the event and applies it in ONE transaction: a redelivery finds the event recorded and does nothing, and a
 * failing handler rolls everything back (the event stays unrecorded, so Stripe's retry applies it). Work that calls the
 * gateway runs after commit; its failure is logged and does not undo the event.
 */
export async function applyStripeEvent(ctx: Ctx, event: Stripe.Event | StripeEventLike): Promise<ApplyResult> {
  const afterCommit: ((ctx: Ctx) => Promise<unknown>)[] = [];
  const result = await withTransaction(ctx, async (tx): Promise<ApplyResult> => {
    const recorded = await tx.db
      .insert(stripeEvents)
      .values({
        id: event.id,
        type: event.type,
        livemode: event.livemode,
        payload: event as unknown as Record<string, unknown>,
      })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (recorded.length === 0) return 'duplicate';
    const handler = Object.hasOwn(eventHandlers, event.type) ? eventHandlers[event.type] : undefined;
    const outcome = handler
      ? await handler({ ctx: tx, event, at: new Date(event.created * 1000), afterCommit: (work) => afterCommit.push(work) })
      : 'ignored';
    await tx.db.update(stripeEvents).set({ processedAt: new Date() }).where(eq(stripeEvents.id, event.id));
    return outcome;
  });
  for (const work of afterCommit) {
    try {
      await work(ctx);
    } catch (error) {
      console.error(`follow-up of Stripe event ${event.id} (${event.type}) failed`, error);
    }
  }
  return result;
}
