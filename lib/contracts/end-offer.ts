import { and, eq, inArray, sql } from 'drizzle-orm';
import { offerRevisions, offers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';

/**
 * Inside the transaction that ends a contract before completion: its offer becomes 'terminated', a system move
 * (version + 1, revision, audit). That takes it out of the campaign's budget sum, except `releasedAmount` (what a split
 * paid the creator), and out of the one-open-offer index, so the creator may apply again. No-op if already moved.
 */
export async function endOfferOfContract(
  ctx: Ctx,
  contract: { id: string; offerId: string },
  note: string,
  releasedAmount: string | null = null,
): Promise<boolean> {
  const [before] = await ctx.db
    .select({ status: offers.status, version: offers.version })
    .from(offers)
    .where(eq(offers.id, contract.offerId))
    .for('update');
  const [ended] = await ctx.db
    .update(offers)
    .set({ status: 'terminated', releasedAmount, version: sql`${offers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(offers.id, contract.offerId), inArray(offers.status, ['accepted', 'completed'])))
    .returning();
  if (!ended || !before) return false;
  await ctx.db.insert(offerRevisions).values({
    offerId: ended.id,
    version: ended.version,
    price: ended.price,
    currency: ended.currency,
    terms: ended.terms,
    status: 'terminated',
    counterBy: ended.counterBy,
    changedBy: null,
    note,
  });
  await recordAudit(ctx, {
    action: 'end_offer',
    resourceType: 'offer',
    resourceId: ended.id,
    bySystem: ctx.actor === null,
    metadata: {
      before: { status: before.status, version: before.version },
      after: { status: 'terminated', version: ended.version, releasedAmount },
      contractId: contract.id,
    },
  });
  return true;
}
