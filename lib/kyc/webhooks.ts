import { and, eq } from 'drizzle-orm';
import { kycChecks, kycWebhookEvents } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { applyDecision } from './decide';
import type { KycProviderAdapter } from './provider';

export type WebhookResult = 'processed' | 'duplicate' | 'unknown_reference' | 'pending' | 'already_decided';

/**
 * Verifies and records one provider webhook, then applies its decision, all in one transaction. The event row's
 * unique (provider, event_id) makes a redelivery a no-op; an event that cannot be applied is kept with its error
 * and still acknowledged, so the provider stops retrying something a retry cannot fix.
 */
export async function receiveKycWebhook(
  ctx: Ctx,
  adapter: KycProviderAdapter,
  headers: Headers,
  rawBody: string,
): Promise<WebhookResult> {
  const event = adapter.parseWebhook(headers, rawBody);
  return withTransaction(ctx, async (tx) => {
    const [stored] = await tx.db
      .insert(kycWebhookEvents)
      .values({ provider: adapter.name, eventId: event.eventId, payload: event.raw })
      .onConflictDoNothing({ target: [kycWebhookEvents.provider, kycWebhookEvents.eventId] })
      .returning({ id: kycWebhookEvents.id });
    if (!stored) return 'duplicate';
    const finish = async (result: WebhookResult, error: string | null = null) => {
      await tx.db.update(kycWebhookEvents).set({ processedAt: new Date(), error }).where(eq(kycWebhookEvents.id, stored.id));
      return result;
    };

    const [check] = await tx.db
      .select({ id: kycChecks.id, status: kycChecks.status })
      .from(kycChecks)
      .where(and(eq(kycChecks.provider, adapter.name), eq(kycChecks.reference, event.reference)));
    if (!check) return finish('unknown_reference', `No ${adapter.label} check has the reference ${event.reference}.`);
    if (event.outcome === 'pending') return finish('pending');
    if (check.status !== 'pending')
      return finish(
        'already_decided',
        check.status === event.outcome
          ? null
          : `The check was already ${check.status}; this ${event.outcome} outcome was not applied.`,
      );
    await applyDecision(tx, {
      checkId: check.id,
      outcome: event.outcome,
      reason: event.reason ?? (event.outcome === 'rejected' ? `${adapter.label} could not verify the company.` : undefined),
      providerResult: event.raw,
      bySystem: true,
    });
    return finish('processed');
  });
}
