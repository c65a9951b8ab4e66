import { eq } from 'drizzle-orm';
import { payoutAccounts, users } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { isRecordId } from '@/lib/campaigns/queries';
import { retryBlockedReleases } from '../../release';
import { accountObject } from '../objects';
import type { EventHandler } from '../types';

/**
 * A creator's connected account changed: keep its onboarding flags. When payouts become enabled the releases that
 * waited for them go out, after commit (they call the gateway).
 */
export const accountUpdated: EventHandler = async ({ ctx, event, at, afterCommit }) => {
  const account = accountObject.parse(event.data.object);
  const [existing] = await ctx.db
    .select()
    .from(payoutAccounts)
    .where(eq(payoutAccounts.stripeAccountId, account.id))
    .for('update');
  const flags = { detailsSubmitted: account.details_submitted, payoutsEnabled: account.payouts_enabled };
  let userId = existing?.userId;
  if (existing) {
    // Stripe does not deliver events in order: an account state older than the one applied changes nothing.
    if (existing.stripeStateAt && at < existing.stripeStateAt) return 'ignored';
    await ctx.db.update(payoutAccounts).set({ stripeStateAt: at }).where(eq(payoutAccounts.userId, existing.userId));
    const changes = diffFields(existing, flags);
    if (Object.keys(changes.after).length === 0) return 'ignored';
    await ctx.db
      .update(payoutAccounts)
      .set({ ...flags, updatedAt: new Date() })
      .where(eq(payoutAccounts.userId, existing.userId));
  } else {
    userId = await accountOwner(ctx.db, account.metadata.user_id);
    if (!userId) return 'ignored';
    const gateway = account.id.startsWith('acct_demo_') ? 'demo' : 'stripe';
    const inserted = await ctx.db
      .insert(payoutAccounts)
      .values({ userId, gateway, stripeAccountId: account.id, ...flags, stripeStateAt: at })
      .onConflictDoNothing()
      .returning({ userId: payoutAccounts.userId });
    if (inserted.length === 0) return 'ignored';
  }
  await recordAudit(ctx, {
    action: existing ? 'update_payout_account' : 'link_payout_account',
    resourceType: 'payout_account',
    resourceId: userId!,
    bySystem: ctx.actor === null,
    metadata: { ...diffFields(existing ?? { detailsSubmitted: false, payoutsEnabled: false }, flags), accountId: account.id },
  });
  if (flags.payoutsEnabled && !existing?.payoutsEnabled) afterCommit((outer) => retryBlockedReleases(outer, userId!));
  return 'applied';
};

/** The user an account's metadata.user_id names, if that user exists. */
async function accountOwner(db: Parameters<EventHandler>[0]['ctx']['db'], candidate: unknown): Promise<string | undefined> {
  if (typeof candidate !== 'string' || !isRecordId(candidate)) return undefined;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, candidate));
  return user?.id;
}
