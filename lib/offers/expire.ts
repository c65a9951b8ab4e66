import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { campaigns, offers, organizations } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { applyMove, loadedOfferColumns, notifySide, recordMove, openStatuses, type LoadedOffer } from './moves';

const batchSize = 500;

function overdueOffers(ctx: Ctx, now: Date) {
  return ctx.db
    .select(loadedOfferColumns)
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
    .where(and(inArray(offers.status, [...openStatuses]), lte(offers.expiresAt, now)))
    .orderBy(offers.expiresAt)
    .limit(batchSize);
}

async function expireOne(ctx: Ctx, offer: LoadedOffer, now: Date): Promise<boolean> {
  return withTransaction({ ...ctx, actor: null }, async (tx) => {
    // A move that committed since the read wins: the version check makes this a no-op for that offer.
    const updated = await applyMove(tx, offer, null, offer.version, { status: 'expired' }, lte(offers.expiresAt, now)).catch(
      (error: unknown) => {
        if (error instanceof ConflictError) return null;
        throw error;
      },
    );
    if (!updated) return false;
    await recordMove(tx, offer, updated, 'expire_offer', 'Expired without an answer');
    for (const side of ['brand', 'influencer'] as const) {
      await notifySide(tx.db, offer, side, {
        type: 'offer_expired',
        title: `Offer expired: ${offer.campaignTitle}`,
        body: `The offer for ${offer.campaignTitle} (${offer.price} ${offer.currency}) expired without an answer.`,
      });
    }
    return true;
  });
}

/** The worker's job: pending and countered offers past their expiry become expired; both sides are told. */
export async function expireOverdueOffers(ctx: Ctx, now: Date): Promise<number> {
  let expired = 0;
  for (;;) {
    const batch = await overdueOffers(ctx, now);
    let progressed = 0;
    for (const offer of batch) if (await expireOne(ctx, offer, now)) progressed += 1;
    expired += progressed;
    if (batch.length < batchSize || progressed === 0) return expired;
  }
}

/** Warns both sides once when an open offer expires within `withinHours`; expiry_warned_at makes it once. */
export async function warnExpiringOffers(ctx: Ctx, now: Date, withinHours = 24): Promise<number> {
  const horizon = new Date(now.getTime() + withinHours * 60 * 60 * 1000);
  return withTransaction(ctx, async (tx) => {
    const warned = await tx.db
      .update(offers)
      .set({ expiryWarnedAt: now })
      .where(
        and(
          inArray(offers.status, [...openStatuses]),
          isNull(offers.expiryWarnedAt),
          gt(offers.expiresAt, now),
          lte(offers.expiresAt, horizon),
        ),
      )
      .returning({ id: offers.id });
    if (warned.length === 0) return 0;
    const rows = await tx.db
      .select(loadedOfferColumns)
      .from(offers)
      .innerJoin(organizations, eq(organizations.id, offers.organizationId))
      .innerJoin(campaigns, eq(campaigns.id, offers.campaignId))
      .where(
        inArray(
          offers.id,
          warned.map((row) => row.id),
        ),
      );
    for (const offer of rows) {
      const waitingOn = offer.counterBy === 'brand' ? 'the creator' : 'the brand';
      for (const side of ['brand', 'influencer'] as const) {
        await notifySide(tx.db, offer, side, {
          type: 'offer_expiring',
          title: `Offer expiring soon: ${offer.campaignTitle}`,
          body: `The offer for ${offer.campaignTitle} expires at ${offer.expiresAt!.toISOString().replace('T', ' ').slice(0, 16)} UTC; it is waiting for ${waitingOn}.`,
        });
      }
    }
    return rows.length;
  });
}
